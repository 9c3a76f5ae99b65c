class A:
    x = 1
    def f(self): pass
a = A(); a.y = 2
print([n for n in dir(a) if not n.startswith('__')])
print([n for n in dir(A) if not n.startswith('__')])
print('__init__' in dir(A), '__class__' in dir(a), '__dict__' in dir(a), dir(a) == sorted(dir(a)))
class B(A):
    def __dir__(self): return ['z', 'a']
print(dir(B()))
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1
print([n for n in dir(s) if not n.startswith('__')])
print(object.__init__, object.__eq__, list.append, int.__repr__)
print(object.__init__ is A.__init__, A.__new__ is object.__new__, A.__init__ is object.__init__)
class MyStr(str): pass
print(', '.join([MyStr('a'), 'b', MyStr('c')]))
class E(Exception):
    def __init__(self, *, code): self.code = code
e = E(code=3)
print(e.code, e.args, repr(str(e)), repr(e))
print(type(A.f), type(a.f), type(A.__dict__['f']), type(A.__dict__['x']))
print(list.__dict__['append'], type(list.__dict__['append']).__name__ in ('method_descriptor', 'builtin_function_or_method'))
class C:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
c = C()
print(c.get(), c._C__private, hasattr(c, '__private'), sorted(vars(c)))
class _Under:
    def m(self): self.__x = 5; return self.__x
print(_Under().m(), vars(_Under()), sorted(vars(_Under().__class__))[:0])
u = _Under(); u.m()
print(vars(u))
