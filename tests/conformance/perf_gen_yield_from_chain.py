# Delegation chains (`yield from` of generators several levels deep): values, return values, exceptions that
# the delegating bodies handle or not, send/throw/close through the chain, gi_running and gi_yieldfrom.
import sys
import traceback


def leaf(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError("leaf failed at %d" % i)
        got = yield i
        if got is not None:
            print("leaf got", got)
    return "leaf-done-%d" % n


def middle(n, fail_at=None):
    r = yield from leaf(n, fail_at)
    print("middle saw return", r)
    return r + "+middle"


def top(n, fail_at=None):
    r = yield from middle(n, fail_at)
    print("top saw return", r)
    yield "after"


print(list(top(3)))


def chain(depth, n):
    if depth == 0:
        yield from range(n)
        return depth
    r = yield from chain(depth - 1, n)
    return r + 1


g = chain(5, 4)
print(list(g))


def ret_chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    r = yield from ret_chain(depth - 1)
    return r + 1


def collect_return(gen):
    while True:
        try:
            next(gen)
        except StopIteration as e:
            return e.value


print("return through chain:", collect_return(ret_chain(6)))


# An exception from the innermost generator is handled by a delegating body, which goes on yielding.
def catching(fail_at):
    try:
        yield from middle(5, fail_at)
    except ValueError as e:
        print("caught in catching:", e)
        yield "recovered"
    yield "end"


print(list(catching(2)))


# The handler of the body two levels up; the one in between does not handle it.
def outer_catch():
    try:
        yield from top(4, 3)
    except ValueError as e:
        print("outer caught", type(e).__name__, e)
    yield "outer-end"


print(list(outer_catch()))

# Unhandled: the traceback lists every level, outermost first.
try:
    for v in top(4, 1):
        print("got", v)
except ValueError as e:
    names = [f.name for f in traceback.extract_tb(e.__traceback__)]
    print("unhandled", e, names)


# finally blocks of every level run when the innermost raises.
def fin_leaf():
    try:
        yield 1
        yield 2
        raise KeyError("k")
    finally:
        print("fin_leaf finally")


def fin_mid():
    try:
        yield from fin_leaf()
    finally:
        print("fin_mid finally")


def fin_top():
    try:
        yield from fin_mid()
    except KeyError as e:
        print("fin_top caught", repr(e))
    yield "fin-end"


print(list(fin_top()))

# send() through a chain reaches the innermost generator.
g = top(4)
print(next(g))
print(g.send("hello"))
print(g.send("world"))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# throw() through a chain.
g = top(5)
next(g)
next(g)
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("throw propagated:", e)
print(list(g))


def absorbing_leaf():
    while True:
        try:
            yield "tick"
        except IndexError as e:
            print("leaf absorbed", e)
            yield "absorbed"


def absorb_top():
    yield from absorbing_leaf()


g = absorb_top()
print(next(g), g.throw(IndexError("x")), next(g), next(g))
g.close()
print("closed; next gives", list(g))


# close() through a chain runs every finally.
def closer_leaf():
    try:
        yield 1
        yield 2
    finally:
        print("closer_leaf closed")


def closer_top():
    try:
        yield from closer_leaf()
    finally:
        print("closer_top closed")


g = closer_top()
print(next(g))
g.close()
print("after close", list(g))

# gi_running of every level is true while the innermost runs, and a level cannot be resumed re-entrantly.
holder = {}


def peek_leaf():
    print("top running:", holder["top"].gi_running, "mid running:", holder["mid"].gi_running)
    try:
        next(holder["top"])
    except ValueError as e:
        print("reentry:", e)
    yield "peek"
    print("top running again:", holder["top"].gi_running)
    yield "peek2"


def peek_mid():
    yield from peek_leaf()


def peek_top():
    m = peek_mid()
    holder["mid"] = m
    yield from m


t = peek_top()
holder["top"] = t
print(list(t))
print("running after:", t.gi_running)

# gi_yieldfrom while suspended in a chain, and after it ends.
g = top(2)
next(g)
yf = g.gi_yieldfrom
print(type(yf).__name__, yf.__name__, yf.gi_yieldfrom.__name__)
print(list(g), g.gi_yieldfrom)


# StopIteration raised inside the innermost body becomes RuntimeError (PEP 479) and is seen as such above.
def bad_leaf():
    yield 1
    raise StopIteration("oops")


def bad_top():
    try:
        yield from bad_leaf()
    except RuntimeError as e:
        print("bad_top caught", type(e).__name__, e, "cause:", type(e.__cause__).__name__, e.__cause__)
    yield "bad-end"


print(list(bad_top()))


# A generator that raises after being delegated to is not stepped again; the outer body yields on its own.
def raiser():
    yield "r1"
    raise OSError("r-fail")


def keeps_going():
    try:
        yield from raiser()
    except OSError as e:
        print("keeps_going caught", e)
    for i in range(3):
        yield i


print(list(keeps_going()))


# Context: an exception raised by the innermost generator while a delegating body handles another one.
def ctx_leaf():
    yield 1
    raise TypeError("inner")


def ctx_top():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            yield from ctx_leaf()
        except TypeError as e:
            print("context:", repr(e.__context__))
    yield "ctx-end"


print(list(ctx_top()))

# Deep recursion through `yield from` (an in-order tree walk).


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid), mid, build(mid + 1, hi))


def walk(node):
    if node is not None:
        yield from walk(node[0])
        yield node[1]
        yield from walk(node[2])


tree = build(0, 200)
items = list(walk(tree))
print(len(items), items[:5], items[-3:], items == sorted(items))
print(sum(walk(tree)), all(a < b for a, b in zip(walk(tree), items[1:])))


# Delegating to a generator that another consumer has already advanced.
shared = leaf(6)
next(shared)
next(shared)


def share():
    yield from shared


print(list(share()))
sys.stdout.flush()
