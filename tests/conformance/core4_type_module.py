# type(name, bases, dict) takes __module__ from the calling code's globals; a given __module__ is kept.
S = type('S', (), {})
print(repr(S())[:16], S.__module__, S.__dict__['__module__'], S)
T = type('T', (S,), {'__module__': 'elsewhere'})
print(T.__module__, T, repr(T())[:20])
U = type('U', (), {'__module__': 5})
print(U.__module__)
def make():
    return type('V', (), {'x': 1})
print(make().__module__, make().__qualname__)
class M(type):
    pass
W = M('W', (), {})
print(W.__module__, W)
ns = {}
exec("Z = type('Z', (), {})", {'__name__': 'fake_mod'}, ns)
print(ns['Z'].__module__, ns['Z'])
import collections
P = collections.namedtuple('P', 'a b')
print(P.__module__, P(1, 2))
