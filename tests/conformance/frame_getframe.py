import sys

def here():
    return sys._getframe().f_code.co_name, sys._getframe().f_lineno

print(here())

def caller_name():
    return sys._getframe(1).f_code.co_name

def outer():
    return caller_name()

print(outer())
print(caller_name())

def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def nest(k):
    if k == 0:
        return depth()
    return nest(k - 1)

print(nest(0) - depth(), nest(3) - nest(0))

def globals_of_caller():
    return sys._getframe(1).f_globals is globals()

print(globals_of_caller())
f = sys._getframe()
print(f.f_code.co_name, f.f_back is None, f.f_locals is globals())
print(f.f_builtins['len'] is len, f.f_lasti >= 0)
print(type(f).__name__, type(f.f_code).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys._getframe('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

def lines():
    a = sys._getframe().f_lineno
    b = sys._getframe().f_lineno
    return b - a

print(lines())

class C:
    def method(self):
        return sys._getframe().f_code.co_qualname
print(C().method())

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name

print(list(gen()))
