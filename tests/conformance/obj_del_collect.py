# __del__ runs once an object is unreachable; Krait finds that at gc.collect() (CPython: at once), so each
# object here becomes unreachable right before a collect.
import gc, io, sys
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make(n, cls=C):
    c = cls(n)
    return c.n
v = make(1)
gc.collect()
print("after collect", v)
class D(C):
    pass
v = make(3, D)
gc.collect()
print("after collect", v)
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrect del")
        Resurrect.saved.append(self)
def resurrect():
    Resurrect()
resurrect()
gc.collect()
print(len(Resurrect.saved))
Resurrect.saved.clear()
gc.collect()
print("once only")
class Bad:
    def __del__(self):
        raise ValueError("boom")
def bad():
    Bad()
old = sys.stderr
sys.stderr = buf = io.StringIO()
bad()
gc.collect()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0].startswith("Exception ignored in: <function Bad.__del__ at 0x"))
print(lines[1], lines[-1])
class Late:
    pass
def late_del(self):
    print("late del")
Late.__del__ = late_del
def late():
    Late()
late()
gc.collect()
class Chain:
    def __init__(self, inner):
        self.inner = inner
    def __del__(self):
        print("chain del", self.inner is not None)
def chain():
    Chain(Chain(None))
chain()
gc.collect()
gc.collect()
print("end")
