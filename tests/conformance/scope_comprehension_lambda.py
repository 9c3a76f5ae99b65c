# A lambda inside a comprehension closes over the comprehension's own loop variable: one cell per
# comprehension run, shared by all iterations, so every lambda sees the last value.
fs = [lambda: x for x in range(3)]
print([f() for f in fs])

# Default arguments capture the value at each iteration instead.
gs = [lambda x=x: x * 10 for x in range(3)]
print([g() for g in gs])

def make(n):
    # The comprehension's variable shadows the function's parameter only inside the comprehension.
    fs = [lambda: n + i for i in range(n)]
    return [f() for f in fs], n

print(make(3))

def outer():
    k = 100
    fs = [lambda: k + y for y in (1, 2)]
    k = 200
    return [f() for f in fs]

print(outer())

# Nested comprehensions: the inner one's lambda sees both loop variables.
grid = [[lambda: (a, b) for b in "xy"] for a in "pq"]
print([[f() for f in row] for row in grid])

# Comprehension variables do not leak into the enclosing scope.
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)

def no_leak():
    i = "kept"
    total = sum([i for i in range(5)])
    return i, total

print(no_leak())

# A dict and set comprehension with closures over their variables.
d = {k: (lambda: k) for k in "ab"}
print({k: v() for k, v in d.items()})
s = {(lambda: v)() for v in range(3)}
print(sorted(s))

# Generator expressions too.
print(list(f() for f in [lambda: z for z in "mn"]))
