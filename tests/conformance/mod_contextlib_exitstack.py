# krait: no-cpython-lib
# contextlib.ExitStack: callbacks, enter_context, push, pop_all, exception handling and chaining.
import contextlib

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(CM(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('names', names)

with contextlib.ExitStack() as stack:
    stack.enter_context(CM('outer'))
    stack.enter_context(CM('suppressor', suppress=True))
    stack.enter_context(CM('inner'))
    raise ValueError('hidden')
print('suppressed by stack')

def raiser(msg):
    def f(*args):
        raise KeyError(msg)
    return f
try:
    with contextlib.ExitStack() as stack:
        stack.push(raiser('first pushed'))
        stack.push(raiser('second pushed'))
        raise ValueError('body')
except KeyError as e:
    print('got', repr(e), 'context', repr(e.__context__), 'inner context', repr(e.__context__.__context__))

with contextlib.ExitStack() as stack:
    stack.callback(print, 'will not run now')
    moved = stack.pop_all()
print('after pop_all')
moved.close()

stack = contextlib.ExitStack()
cb = stack.callback(lambda: print('closed via close()'))
print(cb.__name__)
stack.close()
stack.close()

def exit_fn(et, ev, tb):
    print('exit_fn', et.__name__ if et else None)
    return True
with contextlib.ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(CM('pushed-cm'))
    raise IndexError
print('exit_fn suppressed')

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, 'cleanup', i)
