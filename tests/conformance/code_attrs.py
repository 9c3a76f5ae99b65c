def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    "doc"
    local1 = a
    return local1

co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals, co.co_flags & 0xF, bool(co.co_flags & 0x20))
print(co.co_firstlineno, co.co_filename.endswith('code_attrs.py'))
print(co.co_consts[0])
print(f.__code__ is co)
print(type(co).__name__)

def g():
    yield 1
print(bool(g.__code__.co_flags & 0x20), g.__code__.co_flags & 0x3)
print(g().gi_code is g.__code__)

def outer():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner

i = outer()
print(outer.__code__.co_cellvars, i.__code__.co_freevars)
print(bool(i.__code__.co_flags & 0x10), bool(outer.__code__.co_flags & 0x10))
print([c.cell_contents for c in i.__closure__])
print(f.__closure__, outer.__closure__)
print(type(i.__closure__[0]).__name__)

def uses_globals():
    return len(GLOBAL_LIST) + max(1, 2)
print(sorted(uses_globals.__code__.co_names))
lam = lambda x, *y: x
print(lam.__code__.co_name, lam.__code__.co_varnames, lam.__code__.co_argcount)

class K:
    def m(self):
        return super().m
print(K.m.__code__.co_qualname, K.m.__code__.co_freevars)
co2 = co.replace(co_name='renamed')
print(co2.co_name, co2.co_argcount, co.co_name)
try:
    co.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print(type(e).__name__)
print(isinstance(co.co_code, bytes))
