# for x in range(...) inside generators: the direct range iterator and its fallbacks (rebound name, bad
# arguments, zero step, bounds near the 64-bit limits, a yield in the arguments), else and break.
def g(n, m=None):
    for i in range(n):
        yield i
    for i in range(2, n):
        yield i * 10
    for i in range(n, 0, -2):
        yield -i
    else:
        yield "else"
    for i in range(3):
        if i == 1:
            break
        yield "b%d" % i
    else:
        yield "no"
print(list(g(5)))
print(list(g(0)))
def h(x):
    for i in range(x):
        yield i
for bad in (2.5, "3", None, 2**70):
    try:
        gen = h(bad); print(next(gen), next(gen))
    except Exception as e:
        print(type(e).__name__, e)
range_saved = range
def k():
    global range
    for i in range(3):
        yield i
range = lambda n: [n, n]
print(list(k()))
range = range_saved
print(list(k()))
def z():
    for i in range(1, 10, 0):
        yield i
try:
    print(list(z()))
except ValueError as e:
    print("ValueError", e)
def y():
    for i in range((yield "first")):
        yield i
gg = y(); print(next(gg), gg.send(3), list(gg))
def big():
    for i in range(2**62, 2**62 + 3):
        yield i
    for i in range(-2**63, -2**63 + 2):
        yield i
print(list(big()))
