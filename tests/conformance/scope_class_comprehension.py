# A comprehension in a class body cannot see the class's variables, except through its first iterable,
# which is evaluated in the class scope.
y = "global y"

class A:
    y = "class y"
    items = [1, 2, 3]
    firsts = [n for n in items]
    seen = [y for _ in range(2)]
    pairs = [(a, b) for a in items for b in [y]]

print(A.firsts)
print(A.seen)
print(A.pairs)

class B:
    z = 5
    try:
        bad = [z for _ in range(1)]
    except NameError as e:
        print("NameError:", e)
    ok = [q + 1 for q in [z, z]]
    print(ok)

def f():
    w = "enclosing w"
    class C:
        w = "class w"
        got = [w for _ in range(1)]
        direct = w
    return C.got, C.direct

print(f())

def g():
    v = 1
    class D:
        vals = [v + i for i in range(3)]
        lam = [lambda: v * 2 for _ in range(1)]
    return D.vals, D.lam[0]()

print(g())
