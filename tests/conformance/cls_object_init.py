class A: pass
try: A(1)
except TypeError as e: print(type(e).__name__, e)
try: A(x=1)
except TypeError as e: print(type(e).__name__, e)
try: object(1)
except TypeError as e: print(type(e).__name__, e)
class B:
    def __init__(self, a): self.a = a
print(B(1).a)
try: B()
except TypeError as e: print(type(e).__name__, e)
try: B(1, 2)
except TypeError as e: print(type(e).__name__, e)
class C:
    def __init__(self): return 1
try: C()
except TypeError as e: print(type(e).__name__, e)
class D:
    def __init__(self, a): object.__init__(self, a)
try: D(1)
except TypeError as e: print(type(e).__name__, e)
class E:
    def __new__(cls, a): return object.__new__(cls, a)
try: E(1)
except TypeError as e: print(type(e).__name__, e)
class F:
    def __new__(cls, *a):
        print('F.__new__', cls.__name__, a)
        return super().__new__(cls)
f = F(1, 2)
print(type(f).__name__)
try: object.__init__(A(), 1)
except TypeError as e: print(type(e).__name__, e)
class G:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(G())
class H:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v
        return inst
    def __init__(self, v):
        print('init', v, self.v)
h = H(3)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
try: object.__new__(1)
except TypeError as e: print(type(e).__name__, e)
try: object.__new__(list)
except TypeError as e: print(type(e).__name__, e)
class ML(list): pass
try: object.__new__(ML)
except TypeError as e: print(type(e).__name__, e)
class I:
    def __init__(self, *args, **kw): self.args = args; self.kw = kw
i = I(1, 2, k=3)
print(i.args, i.kw)
class J(I):
    def __init__(self): super().__init__('j')
print(J().args)
print(type(object()), repr(object())[:8])
class K:
    def __new__(cls, *args, **kw): return super().__new__(cls)
    def __init__(self, x, y=2): self.s = x + y
print(K(1).s, K(1, y=5).s)
