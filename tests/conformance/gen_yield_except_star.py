# yield inside except* clause bodies.
def es():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        x = yield ("v", repr(e.exceptions))
        print("got", x)
    except* KeyError as e:
        yield ("k", repr(e.exceptions))
    yield "after"

g = es()
print(next(g))
print(g.send("sent"))
print(next(g))

import sys
def exc_info_across_yield():
    try:
        raise ExceptionGroup("eg", [OSError("a")])
    except* OSError as e:
        before = repr(sys.exc_info()[1])
        yield before
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()

g = exc_info_across_yield()
print(next(g))
print(sys.exc_info())
print(next(g))
print(next(g))

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        yield "handled value"

g = partial()
print(next(g))
try:
    next(g)
except ExceptionGroup as eg:
    print("left:", repr(eg.exceptions))

def raise_in_body():
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        yield "about to raise"
        raise RuntimeError("from body")

g = raise_in_body()
print(next(g))
try:
    next(g)
except ExceptionGroup as eg:
    print(type(eg).__name__, [type(x).__name__ for x in eg.exceptions])

def throw_in():
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        try:
            yield "inside"
        except ZeroDivisionError as z:
            yield ("thrown in", type(z).__name__)
    yield "end"

g = throw_in()
print(next(g))
print(g.throw(ZeroDivisionError))
print(next(g))

def close_in():
    try:
        raise ExceptionGroup("eg", [KeyError("k")])
    except* KeyError:
        try:
            yield 1
        finally:
            print("cleanup")

g = close_in()
next(g)
try:
    g.close()
except BaseExceptionGroup as eg:
    print("close raised", type(eg).__name__, [type(x).__name__ for x in eg.exceptions])

def loop_yields():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            yield from (e.exceptions[0].args[0] * k for k in range(3))
print(list(loop_yields()))
