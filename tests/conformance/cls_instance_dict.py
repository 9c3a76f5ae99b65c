class A:
    cls_attr = 'c'
    def __init__(self): self.x = 1; self.y = 2
a = A()
d = a.__dict__
print(d, vars(a) is d)
d['z'] = 3
print(a.z)
a.w = 4
print(d, sorted(vars(a)))
del d['x']
print(hasattr(a, 'x'))
a.__dict__ = {'q': 9}
print(a.q, hasattr(a, 'y'), a.__dict__)
try: a.__dict__ = 5
except TypeError as e: print(type(e).__name__, e)
b = A()
b.__dict__.update(k=1)
print(b.k, b.x, b.cls_attr)
del b.k
try: b.k
except AttributeError as e: print(type(e).__name__, e)
try: del b.k
except AttributeError as e: print(type(e).__name__, e)
print('cls_attr' in vars(b), '__dict__' in A.__dict__, type(A.__dict__['__dict__']).__name__)
print(repr(A.__dict__['__dict__']))
c = A()
for i in range(3): c.x += 1
vars(c)['x'] = 100
print(c.x)
class B(A):
    def __init__(self):
        super().__init__()
        self.__dict__['extra'] = 'e'
print(B().extra, sorted(B().__dict__))
print(vars(A)['cls_attr'])
try: vars(1)
except TypeError as e: print(type(e).__name__)
e = Exception('x')
e.note = 1
print(e.__dict__)
