S = "abc"
F = 1.0
N = None
tests = [
    lambda: 1 + "a", lambda: "a" < 1, lambda: -"a", lambda: [1][5], lambda: (1,)[5], lambda: {}[1],
    lambda: None.x, lambda: len(5), lambda: undefined_name, lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0,
    lambda: 1.0 / 0, lambda: int("x"), lambda: float("y"), lambda: S[F], lambda: hash([]),
    lambda: N(), lambda: "%d" % "a", lambda: "%d %d" % (1,), lambda: "%s" % (1, 2), lambda: [].pop(),
    lambda: [1, 2].index(3), lambda: 1 in 3, lambda: abs("a"), lambda: "a" * "b", lambda: 1 << -1,
    lambda: chr(-1), lambda: ord("ab"), lambda: max([]), lambda: int(float("inf")),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def unpack():
    a, b = [1, 2, 3]
def unpack2():
    a, b = [1]
def unpack3():
    a, b = 1
for t in (unpack, unpack2, unpack3):
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b):
    pass
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, a=2)):
    try:
        call()
    except TypeError as e:
        print(e)
