# krait: no-cpython-lib
# contextlib: contextmanager, ContextDecorator, suppress, closing, nullcontext, redirect_*, ExitStack, chdir, the ABC.
import contextlib, sys, io
from contextlib import contextmanager, ExitStack, suppress, closing, nullcontext, redirect_stdout
@contextmanager
def cm(tag):
    print("enter", tag)
    try:
        yield tag
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", tag)
with cm(1) as v: print("body", v)
with cm(2): raise KeyError('k')
try:
    with cm(3): raise ValueError('v')
except ValueError as e: print("propagated", e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print("RuntimeError", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print("RuntimeError", e)
@contextmanager
def ignoring():
    try: yield
    except Exception: pass
    yield
try:
    with ignoring(): raise ValueError
except RuntimeError as e: print("RuntimeError", e)
@contextmanager
def passthru():
    yield
try:
    with passthru(): raise StopIteration('s')
except StopIteration as e: print("StopIteration", e)
@contextmanager
def wrapping():
    try: yield
    except ValueError as e: raise TypeError('new') from e
try:
    with wrapping(): raise ValueError('old')
except TypeError as e: print("TypeError", e, repr(e.__cause__))
@cm('deco')
def f(x): print("in f", x); return x * 2
print(f(5)); print(f(6))
print(f.__name__, cm.__name__, cm(0).__doc__)
with suppress(KeyError, IndexError): [][1]
print("suppressed")
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError: print("not suppressed")
class Thing:
    def close(self): print("closed")
with closing(Thing()) as t: print(type(t).__name__)
with nullcontext(42) as n: print(n)
with nullcontext() as n: print(n)
buf = io.StringIO()
with redirect_stdout(buf) as b: print("hidden"); print(b is buf)
print(repr(buf.getvalue()))
buf = io.StringIO()
with contextlib.redirect_stderr(buf): print("err", file=sys.stderr)
print(repr(buf.getvalue()))
with ExitStack() as st:
    for i in range(3): st.callback(print, "cb", i)
    st.enter_context(cm('es'))
    st.push(lambda *a: print("push", a[0]))
    print("in stack")
def suppressor(*a): print("suppressing", a[0].__name__); return True
with ExitStack() as st:
    st.push(suppressor)
    raise ValueError
print("after")
st = ExitStack(); st.callback(print, "later"); st2 = st.pop_all(); st.close(); print("mid"); st2.close()
def raiser(msg):
    def r(*a): raise ValueError(msg)
    return r
try:
    with ExitStack() as st:
        st.push(raiser('first'))
        st.push(raiser('second'))
        raise KeyError('orig')
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), repr(e.__context__.__context__.__context__))
try: ExitStack().enter_context(object())
except TypeError as e: print("TypeError", e)
print(issubclass(Thing, contextlib.AbstractContextManager), issubclass(nullcontext, contextlib.AbstractContextManager))
class CMish:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(CMish, contextlib.AbstractContextManager), isinstance(CMish(), contextlib.AbstractContextManager))
class Base(contextlib.AbstractContextManager):
    def __exit__(self, *a): return None
with Base() as b: print(type(b).__name__)
print(contextlib.AbstractContextManager[int])
import os
d = os.getcwd()
with contextlib.chdir('/'): print(os.getcwd())
print(os.getcwd() == d)
class MyDeco(contextlib.ContextDecorator):
    def __enter__(self): print("deco enter"); return self
    def __exit__(self, *exc): print("deco exit", exc[0]); return False
@MyDeco()
def g(): print("g body")
g()
