# krait: no-cpython-lib
# contextlib: contextmanager, closing, suppress, nullcontext, redirect_stdout/stderr, ContextDecorator, chdir.
import contextlib
import io
import os
import sys

@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as v:
    print('inside', v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def keeps_going():
    try:
        yield
    except ValueError:
        pass
    yield
try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e)

@contextlib.contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e
try:
    with converts():
        raise ValueError('orig')
except TypeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextlib.contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passed through', e)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(21))
print(decorated(1))
print(tag.__name__, decorated.__name__)

class Closeable:
    def close(self):
        print('closed')
with contextlib.closing(Closeable()) as c:
    print(type(c).__name__)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')
with contextlib.suppress():
    pass

with contextlib.nullcontext(5) as n:
    print('null', n)
with contextlib.nullcontext() as n:
    print('null', n)

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured line')
    print(target is buf)
print('got', repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write('to err\n')
print('err', repr(err.getvalue()), sys.stderr is sys.__stderr__)
r = contextlib.redirect_stdout(io.StringIO())
with r:
    with r:
        print('nested')
print('restored', sys.stdout is sys.__stdout__)

class Tracker(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False
@Tracker()
def work():
    print('working')
work()

class Minimal(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with Minimal() as m:
    print(type(m).__name__)
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Duck, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))
print(sorted(contextlib.AbstractContextManager.__abstractmethods__))

start = os.getcwd()
with contextlib.chdir('/'):
    print(os.getcwd())
print(os.getcwd() == start)
