def f(a, b=1, *, c=2):
    return a, b, c

print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10,)
print(f(0))
f.__defaults__ = (5, 6)
print(f())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
f.__kwdefaults__ = {'c': 99}
print(f(1, 2))
f.__kwdefaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__kwdefaults__ = 3
except TypeError as e:
    print(type(e).__name__, e)

def g(): pass
print(g.__defaults__, g.__kwdefaults__)
print(g.__globals__ is globals())
print(g.__builtins__['len'] is len)
print(g.__closure__)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c(); c()
cell = c.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 40
print(c())

def late():
    if False:
        v = 1
    def r():
        return v
    return r

try:
    late().__closure__[0].cell_contents
except ValueError as e:
    print(type(e).__name__, e)
print(repr(late().__closure__[0]).split(':')[1].strip().rstrip('>'))
import sys
mod_globals = sys.modules[__name__].__dict__
print(g.__globals__ is mod_globals)
