# krait: no-cpython-lib
# contextlib.AbstractContextManager: the default __enter__, __subclasshook__ (None blocks), generic alias,
# ContextDecorator subclasses, and the names the module exports.
import contextlib
from contextlib import AbstractContextManager, ContextDecorator


class Duck:
    def __enter__(self):
        return 1

    def __exit__(self, *exc):
        return None


class HalfDuck:
    def __enter__(self):
        return 1


class Blocked(Duck):
    __exit__ = None


print(issubclass(Duck, AbstractContextManager), isinstance(Duck(), AbstractContextManager))
print(issubclass(HalfDuck, AbstractContextManager), issubclass(Blocked, AbstractContextManager))
print(issubclass(int, AbstractContextManager), isinstance(open, AbstractContextManager))
for cls in (contextlib.nullcontext, contextlib.suppress, contextlib.closing, contextlib.ExitStack,
            contextlib.redirect_stdout, contextlib.chdir):
    print(cls.__name__, issubclass(cls, AbstractContextManager))


class Impl(AbstractContextManager):
    def __exit__(self, *exc):
        print('Impl exit', exc[0])


with Impl() as i:
    print(type(i).__name__)
print(AbstractContextManager[int], AbstractContextManager.__enter__(5))


class Sub(Impl):
    pass


print(issubclass(Sub, AbstractContextManager), Sub.__mro__[1:][:2])


class Logged(ContextDecorator):
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print('start', self.tag)
        return self

    def __exit__(self, typ, val, tb):
        print('end', self.tag, typ.__name__ if typ else None)
        return typ is KeyError


@Logged('f')
def f(x, y=2):
    """f's doc"""
    print('f runs', x, y)
    return x + y


print(f(1), f(1, y=5), f.__name__, f.__doc__, f.__wrapped__.__name__)


@Logged('g')
def g():
    raise KeyError('swallowed')


print(g())


@Logged('h')
def h():
    raise ValueError('kept')


try:
    h()
except ValueError as e:
    print('ValueError', e)

with Logged('as with') as lg:
    print(lg.tag)
for name in ['contextmanager', 'closing', 'nullcontext', 'AbstractContextManager', 'ContextDecorator',
             'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress', 'chdir']:
    print(name, name in contextlib.__all__, hasattr(contextlib, name))
