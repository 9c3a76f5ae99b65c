# Calls to module-level functions: rebinding, recursion, arity mismatches, errors and tracebacks.
def add(a, b):
    return a + b

def use_add(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t

print(use_add(10))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))

def six(a, b, c, d, e, f):
    return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f
def five(a, b, c, d, e):
    return six(a, b, c, d, e, 9)
def caller():
    return five(1, 2, 3, 4, 5), six(6, 5, 4, 3, 2, 1)
print(caller())

def rebind_target(x):
    return "old", x
def calls_rebind():
    return rebind_target(1)
print(calls_rebind())
def rebind_target(x):
    return "new", x
print(calls_rebind())
rebind_target = lambda x: ("lambda", x)
print(calls_rebind())
class C:
    def __call__(self, x): return ("callable", x)
rebind_target = C()
print(calls_rebind())
del rebind_target
try:
    calls_rebind()
except NameError as e:
    print("NameError", e)

def arity(a, b=2):
    return a, b
def calls_arity():
    return arity(1), arity(1, 3)
print(calls_arity())
def arity(a):
    return a
try:
    calls_arity()
except TypeError as e:
    print("TypeError", e)

def order(tag):
    print("eval", tag)
    return tag
def two(a, b):
    return a + b
def calls_order():
    return two(order("x"), order("y"))
print(calls_order())

def mutual_a(n):
    return 0 if n == 0 else mutual_b(n - 1) + 1
def mutual_b(n):
    return 0 if n == 0 else mutual_a(n - 1) + 2
print(mutual_a(9))

def gen(n):
    for i in range(n):
        yield i * 2
def uses_gen():
    return list(gen(4))
print(uses_gen())

def raiser(x):
    return 1 / x
def calls_raiser():
    return raiser(0)
try:
    calls_raiser()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

def shadow():
    len = lambda x: 42
    return len([1, 2])
print(shadow())

def later_defined_caller():
    return not_yet(5)
def not_yet(x):
    return x * 3
print(later_defined_caller())
calls_raiser()
