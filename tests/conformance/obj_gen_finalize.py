# A suspended generator that becomes unreachable is closed: GeneratorExit is raised at its yield, so finally
# blocks and with-exits run (Krait finds it at gc.collect(); CPython at once).
import gc
def counter(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("finally", name)
def use(name, k):
    g = counter(name)
    for _ in range(k):
        next(g)
    return k
v = use("a", 3)
gc.collect()
print("after a", v)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False
def withgen():
    with CM():
        yield 1
        yield 2
def use_with():
    g = withgen()
    return next(g)
v = use_with()
gc.collect()
print("after with", v)
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise
def use_catcher():
    g = catcher()
    next(g)
use_catcher()
gc.collect()
def plain():
    yield 1
    yield 2
def use_plain():
    g = plain()
    next(g)
use_plain()
gc.collect()
def unstarted():
    g = counter("never started")
    return 0
unstarted()
gc.collect()
def finished():
    g = counter("finished")
    next(g)
    g.close()
    print("closed explicitly")
finished()
gc.collect()
def stubborn():
    try:
        yield 1
    finally:
        yield 2
import io, sys
def use_stubborn():
    g = stubborn()
    next(g)
old = sys.stderr
sys.stderr = buf = io.StringIO()
use_stubborn()
gc.collect()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0].startswith("Exception ignored in: <generator object stubborn at 0x"), lines[-1])
g_global = counter("global")
next(g_global)
print("end")
