# generator.close() and generator.throw()
def g4():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
g = g4()
print(next(g))
g.close()
print(g.close())
print(list(g))

def g5():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g5(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return 5
s = swallow(); next(s); print(s.close())

def g6():
    while True:
        try:
            x = yield
            print("got", x)
        except KeyError as e:
            print("caught", repr(e))
            yield "recovered"
g = g6(); next(g)
g.send(1)
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(KeyError, "v"))
print(next(g))
print(g.throw(KeyError, ("a", "b")))
print(next(g))
print(g.throw(KeyError, KeyError("inst")))
print(next(g))
try:
    g.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)
try:
    next(g)
except StopIteration:
    print("stopped")
try:
    g.throw(IndexError("after end"))
except IndexError as e:
    print("after end", e)

def nostart():
    print("never")
    yield 1
ns = nostart()
try:
    ns.throw(TypeError("early"))
except TypeError as e:
    print("early", e)
print(list(ns))
ns = nostart(); ns.close(); print(list(ns))

def simple():
    yield 1
g = simple()
for bad in ((1,), (ValueError("a"), 1), (int,), ("x",)):
    try:
        g.throw(*bad)
    except TypeError as e:
        print(e)
try:
    g.throw()
except TypeError as e:
    print(e)

def finishes():
    try:
        yield 1
    except ValueError:
        pass
    return "fin"
f = finishes(); next(f)
try:
    f.throw(ValueError)
except StopIteration as e:
    print("stop value", e.value)

def ctx_raise():
    try:
        yield 1
    except ZeroDivisionError:
        raise ValueError("chained")
c = ctx_raise(); next(c)
try:
    c.throw(ZeroDivisionError("z"))
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    simple().send(5)
except TypeError as e:
    print(e)
