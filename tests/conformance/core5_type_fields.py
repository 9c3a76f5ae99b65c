# Struct fields and getset entries of built-in types that dir() and T.__dict__ list: exception fields,
# classmethod/staticmethod __dict__, type.__annotations__/__abstractmethods__, dict views' mapping, gi_suspended.
import sys
class A:
    def f(self):
        "doc of f"
    sf = staticmethod(f)
    cf = classmethod(f)
print(A.__dict__['sf'].__dict__, A.__dict__['cf'].__name__, A.__dict__['cf'].__doc__)
print(sorted(vars(A.__dict__['sf'])))
s = A.__dict__['sf']; s.extra = 2; print(s.extra, s.__dict__['extra']); del s.extra
try: s.extra
except AttributeError as e: print('AE', e)
try:
    raise StopIteration(1)
except StopIteration as e:
    e.value = 5; print(e.value, e.args)
def g():
    r = yield from h()
    print('got', r)
def h():
    yield 1
    e = StopIteration(3); e.value = 42
    return 7
print(list(g()))
class MyStop(StopIteration):
    @property
    def value(self): return 'prop'
print(MyStop(1).value)
e = SystemExit(3); print(e.code); e.code = 9; print(e.code, e.args)
print(SystemExit.__dict__['code'], SystemExit().code, SystemExit(1,2).code)
o = OSError(2, 'No such', 'f.txt')
print(o.errno, o.filename, o.args, str(o), OSError.__dict__['filename'].__get__(o))
OSError.__dict__['errno'].__set__(o, 7); print(o.errno)
try: OSError.__dict__['errno'].__get__(ValueError())
except TypeError as e: print('TE', e)
b = BlockingIOError(11, 'x', 5); print(b.args, b.characters_written, b.filename, repr(b))
b.characters_written = 8; print(b.characters_written)
class B(BlockingIOError): pass
print(B(11, 'x', 5).filename)
try: b.characters_written = 'a'
except TypeError as e: print('TE', e)
se = SyntaxError('m', ('f', 3, 4, 't', 3, 6)); print(se.end_offset, SyntaxError.__dict__['text'].__get__(se))
SyntaxError.__dict__['lineno'].__set__(se, 10); print(se.lineno, str(se))
class C: x: int
class D(C): pass
print(D.__annotations__, C.__annotations__, type.__dict__['__annotations__'].__get__(C))
import abc
class E(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
print(E.__abstractmethods__, type.__dict__['__abstractmethods__'].__get__(E))
def gen():
    yield 1
    yield 2
x = gen(); print(x.gi_suspended); next(x); print(x.gi_suspended); list(x); print(x.gi_suspended)
print({1: 2}.items().mapping, type({}.keys().mapping))
print(enumerate[int], type[str], type.__dict__.get('__class_getitem__'))
try: raise SystemExit(4)
except SystemExit as e: e.code = 0; print('code', e.code)
import types
m = types.ModuleType('m'); print(m.__annotations__, 'x' in dir(m))
e = SystemExit(2); e.code = 3
raise e
