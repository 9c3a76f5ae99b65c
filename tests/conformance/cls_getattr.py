class Dyn:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'): return name.upper()
        raise AttributeError(f'no {name}')
d = Dyn()
print(d.real, d.xyz, getattr(d, 'xa'), hasattr(d, 'nope'), getattr(d, 'nope', 'default'))
try: d.nope
except AttributeError as e: print(type(e).__name__, e)
class Logged:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log': object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
    def meth(self): return 'm'
l = Logged()
l.a = 1
print(l.a, l.meth())
del l.a
print(l.log)
try: l.missing
except AttributeError as e: print(type(e).__name__, e)
class Both:
    def __getattribute__(self, n):
        if n == 'boom': raise AttributeError('boom')
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return 'fallback ' + n
print(Both().boom, Both().other)
class Frozen:
    def __init__(self, v): object.__setattr__(self, 'v', v)
    def __setattr__(self, n, val): raise AttributeError(f'frozen: {n}')
fz = Frozen(3)
print(fz.v)
try: fz.v = 4
except AttributeError as e: print(type(e).__name__, e)
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, n): return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
try: object.__getattribute__(Dyn(), 'zz')
except AttributeError as e: print(type(e).__name__, e)
try: getattr(d, 1)
except TypeError as e: print(type(e).__name__, e)
class NoDel:
    pass
try: del NoDel().x
except AttributeError as e: print(type(e).__name__, e)
class SetAttrCount:
    n = 0
    def __setattr__(self, k, v):
        SetAttrCount.n += 1
        super().__setattr__(k, v)
s = SetAttrCount()
for i in range(5): s.v = i
print(s.v, SetAttrCount.n)
