class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
try:
    raise MyError('bad', 42)
except MyError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Plain(Exception): pass
try: raise Plain('a', 'b')
except Exception as e: print(e, e.args, repr(e))
class NoSuper(ValueError):
    def __init__(self, x): self.x = x
try: raise NoSuper(5)
except ValueError as e: print(e.x, e.args, str(e))
class K(KeyError): pass
try: raise K('key')
except LookupError as e: print(type(e).__name__, e, isinstance(e, KeyError))
class WithStr(Exception):
    def __str__(self): return 'custom: ' + super().__str__()
try: raise WithStr('z')
except Exception as e: print(e, repr(e))
class WithRepr(Exception):
    def __repr__(self): return 'WR!'
print(repr(WithRepr()), str(WithRepr('q')))
class Base(Exception):
    def __init__(self, *args, extra=None):
        super().__init__(*args)
        self.extra = extra
class Derived(Base): pass
try: raise Derived('m', extra='e')
except Base as e: print(e, e.extra, e.args)
e = MyError('x', 1)
e.more = 2
print(e.more, sorted(e.__dict__))
print(issubclass(K, LookupError), K.__mro__[1].__name__, MyError.__bases__)
class Attr(AttributeError): pass
class G:
    def __getattr__(self, n): raise Attr(n)
print(hasattr(G(), 'q'), getattr(G(), 'q', 'dflt'))
try: raise MyError
except TypeError as e: print(type(e).__name__, e)
