# krait: no-cpython-lib
# ExitStack: order of callbacks, enter_context, push of managers and callables, suppression, pop_all, close,
# and the __context__ chain it builds when callbacks raise.
import sys
from contextlib import ExitStack, contextmanager


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    print([stack.enter_context(Manager(n)) for n in 'abc'])
    print('body')

with ExitStack() as stack:
    stack.enter_context(Manager('outer'))
    stack.enter_context(Manager('suppressor', suppress=True))
    stack.enter_context(Manager('inner'))
    raise KeyError('k')
print('suppressed')

with ExitStack() as stack:
    m = Manager('pushed')
    print(stack.push(m) is m)
    stack.push(lambda *exc: print('callable', exc))
    cb = stack.callback(print, 'callback', 1, sep='|')
    print(cb is print)

stack = ExitStack()
stack.callback(print, 'from pop_all')
moved = stack.pop_all()
print(type(moved).__name__)
stack.close()
print('original closed')
moved.close()
moved.close()


@ExitStack().push
def as_decorator(*exc):
    pass


print(as_decorator.__name__)


def raiser(msg):
    def cb(*exc):
        raise ValueError(msg)
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser('outer'))
        stack.push(raiser('inner'))
        raise KeyError('body')
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)

try:
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        stack.push(raiser('replaced'))
        raise KeyError('body')
    print('suppressed the new one')
except ValueError as e:
    print('not reached', e)

try:
    try:
        raise IndexError('handled outside')
    except IndexError:
        with ExitStack() as stack:
            stack.push(raiser('second'))
            stack.push(raiser('first'))
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

with ExitStack() as stack:
    print(stack.__exit__(None, None, None))
st = ExitStack()
st.push(lambda *exc: True)
print(st.__exit__(TypeError, TypeError('t'), None))
st = ExitStack()
st.push(lambda *exc: True)
print(st.__exit__(None, None, None))

for bad in (object(), 5):
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print(type(e).__name__, e)


@contextmanager
def gen_cm(tag):
    print('gen enter', tag)
    try:
        yield tag
    finally:
        print('gen exit', tag)


with ExitStack() as stack:
    values = [stack.enter_context(gen_cm(i)) for i in range(3)]
    print(values)


class Closer:
    def __init__(self):
        self.stack = ExitStack()

    def open(self):
        self.stack.callback(print, 'closing resource')
        return self

    def close(self):
        self.stack.close()


Closer().open().close()
with ExitStack() as stack:
    stack.callback(lambda: print('kwargs', sys.version_info[0] >= 3))
