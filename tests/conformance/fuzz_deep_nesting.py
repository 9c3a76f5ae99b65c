# Runtime recursion through nested containers ends in RecursionError as in CPython, never a .NET stack overflow.
import sys

N = 100000


def show(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError", e)
    except Exception as e:
        print(label, type(e).__name__, e)


l = []
for _ in range(N):
    l = [l]
show("repr list", lambda: repr(l))
show("str list", lambda: str(l))
t = ()
for _ in range(N):
    t = (t,)
show("repr tuple", lambda: repr(t))
show("hash tuple", lambda: hash(t))
d = {}
for _ in range(N):
    d = {1: d}
show("repr dict", lambda: repr(d))
show("eval parens", lambda: eval('(' * N + ')' * N))
show("eval brackets", lambda: eval('[' * N + ']' * N))
# Shallow nesting still prints, and self-reference still shows [...]
m = [1]
m.append(m)
print(repr(m), str({'k': m}))
shallow = []
for _ in range(50):
    shallow = [shallow]
print(len(repr(shallow)))
print(sys.getrecursionlimit())
