# yield inside the expressions of other statements: assert, with, raise, match, targets, del, f-strings, unpacking.
class nullcontext:
    def __init__(self, v=None): self.v = v
    def __enter__(self): return self.v
    def __exit__(self, *a): return False
def t(name, g, sends):
    try:
        out = [next(g)]
        for s in sends: out.append(g.send(s))
        print(name, out)
    except StopIteration as e: print(name, "stop", e.value)
    except Exception as e: print(name, type(e).__name__, e)
def a():
    assert (yield 1), (yield 2)
    yield "ok"
t("assert", a(), [0, "msg"])
def w():
    with (yield 1) as v:
        yield v
t("with", w(), [nullcontext(5), None])
def r():
    raise (yield 1)
t("raise", r(), [KeyError("k")])
def m():
    match (yield 1):
        case [x, y]: yield x + y
        case _: yield "other"
t("match", m(), [[1, 2]])
def s():
    d = {}
    d[(yield 1)] = (yield 2)
    yield d
t("subscr-store", s(), ["k", "v"])
def dl():
    d = {"a": 1, "b": 2}
    del d[(yield 1)]
    yield d
t("del", dl(), ["a"])
def au():
    d = {"a": 1}
    d[(yield 1)] += 5
    yield d
t("aug", au(), ["a"])
def at():
    class O: pass
    o = O()
    o.x = (yield 1)
    ((yield 2)).y = 3
    yield vars(o)
t("attr", at(), [10, None])
def chain():
    yield 0 < (yield 1) < 10
t("chain", chain(), [5])
def lam():
    f = lambda: (yield)
    yield list(f())
    g = lambda x: (yield x) + (yield x * 2)
    it = g(5)
    yield next(it), it.send(1)
    try:
        it.send(2)
    except StopIteration as e:
        yield "lambda returned", e.value
t("lambda", lam(), [None, None])
def fs():
    yield f"{(yield 1)}!"
t("fstring", fs(), ["x"])
def starred():
    a, *b = (yield 1)
    yield a, b
t("unpack", starred(), [[1, 2, 3]])
def forx():
    for x in range((yield 1)):
        yield x
t("for", forx(), [2, None])
def retyield():
    return (yield 1)
t("ret", retyield(), ["rv"])
def ifexp():
    while True:
        if (yield "q") == "stop": break
    yield "out"
t("if", ifexp(), ["a", "stop"])
def ifelif():
    x = 0
    if x: pass
    elif (yield "elif"): yield "yes"
    yield "end"
t("elif", ifelif(), [1, None])
def withmulti():
    with nullcontext(1) as a, (yield "cm") as b:
        yield a, b
t("with2", withmulti(), [nullcontext(2)])
def globaldecl():
    global G
    G = yield 1
    yield G
t("global", globaldecl(), ["g"])

# except* clauses that raise anew wrap what they raise in a new group (the caught exception was a group)
def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("r")

def raise_new_partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise RuntimeError("r")

def raise_from_naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise RuntimeError("r")

for fn in (raise_new, raise_new_partial, raise_from_naked):
    try:
        fn()
    except BaseException as e:
        print(fn.__name__, repr(e))
