# krait: no-cpython-lib
# weakref.ref with callbacks, hash/eq, errors; objects die at gc.collect() (Krait) or at once (CPython).
# Objects are made inside helper functions so that no temporary of the running frame keeps them alive.
import gc
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'C(%s)' % self.name

def on_dead(r):
    print('callback: referent gone', r() is None)

def make_ref(name, callback=None):
    o = C(name)
    return weakref.ref(o, callback) if callback else weakref.ref(o)

keep = C('kept')
r = weakref.ref(keep)
print(r() is keep, repr(r).startswith('<weakref at 0x'), type(r).__name__, weakref.ref is weakref.ReferenceType)
print(weakref.ref(keep) is r, weakref.ref(keep, on_dead) is r)
print(weakref.getweakrefcount(keep) >= 1, r.__callback__)
print(hash(r) == hash(keep), r == weakref.ref(keep), r != weakref.ref(keep))

dead = make_ref('temp', on_dead)
gc.collect()
print('after collect:', dead())
print(repr(dead).endswith('; dead>'))
try:
    hash(dead)
except TypeError as e:
    print(type(e).__name__, e)

def hashed_ref():
    o = C('hashed')
    r = weakref.ref(o)
    return r, hash(r) == hash(o)
r2, h = hashed_ref()
gc.collect()
print(r2() is None, h, hash(r2) == hash(r2))

for bad in [1, 'str', (1,), [1], {}, None, 2.5]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)

def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(C)() is C, weakref.ref({1}) is not None)
class ListSub(list):
    pass
print(weakref.ref(ListSub())() is None or True)

def boom(r):
    raise ValueError('from callback')
victims = [make_ref('quiet', lambda r: print('callback ran'))]
gc.collect()
print(victims[0]())

p_target = C('proxied')
p = weakref.proxy(p_target)
print(p.name, repr(p).startswith('<weakproxy'), str(p))
p.name = 'renamed'
print(p_target.name)
def make_proxy():
    o = C('short')
    return weakref.proxy(o)
dp = make_proxy()
gc.collect()
try:
    dp.name
except ReferenceError as e:
    print(type(e).__name__, e)
cp = weakref.proxy(f)
print(type(cp).__name__, cp() is None, weakref.ProxyTypes)
