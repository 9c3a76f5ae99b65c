log = []
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(('new', mcs.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw))
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(('init', name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        log.append(('call', cls.__name__, args))
        return super().__call__(*args, **kw)
    def hello(cls):
        return 'hello from ' + cls.__name__
class A(metaclass=Meta, tag='x'):
    def f(self): return 1
    def __init__(self, v=0): self.v = v
print(log); log.clear()
a = A(5)
print(log, a.v, type(A), A.tag, A.hello(), isinstance(A, Meta))
class B(A): pass
print(log, type(B), B.tag)
try: a.hello()
except AttributeError as e: print(type(e).__name__, e)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(type(e).__name__, e)
class M3(M1): pass
class W(X, metaclass=M3): pass
print(type(W))
class V(W, X): pass
print(type(V))
# metaclass that returns something else
def factory(name, bases, ns):
    return name.upper()
class q(metaclass=factory): pass
print(q)
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, bases, kw)
        d = dict(); d['injected'] = 7
        return d
class P(metaclass=Prep):
    pass
print(P.injected)
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, name, bases): return 5
try:
    class Q(metaclass=BadPrep): pass
except TypeError as e: print(type(e).__name__, e)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class Base(metaclass=Reg): pass
class D1(Base): pass
class D2(D1): pass
print(Reg.registry)
class RM(type):
    def __repr__(cls): return '<RM ' + cls.__name__ + '>'
    def __len__(cls): return 3
    def __getitem__(cls, k): return k * 2
    def __iter__(cls): return iter([1, 2])
class R(metaclass=RM): pass
print(R, repr(R), len(R), R[4], list(R))
M = type('M', (type,), {})
N = M('N', (), {'x': 1})
print(type(N).__name__, N.x)
print(type.__call__(A, 3).v)
