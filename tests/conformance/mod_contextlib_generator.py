# krait: no-cpython-lib
# @contextmanager in detail: what __exit__ returns, exceptions replaced or re-raised inside the generator,
# StopIteration and RuntimeError rules, one-shot managers, decorator reuse, attributes of the manager.
from contextlib import contextmanager


@contextmanager
def tracer(name):
    print('enter', name)
    yield name.upper()
    print('leave', name)


cm = tracer('a')
print(type(cm).__name__, cm.__enter__())
print(cm.__exit__(None, None, None))
try:
    cm.__enter__()
except AttributeError as e:
    print('second enter:', type(e).__name__)


@contextmanager
def handler():
    try:
        yield
    except ZeroDivisionError as e:
        print('handled', e)


m = handler()
m.__enter__()
print('exit returns', m.__exit__(ZeroDivisionError, ZeroDivisionError('div'), None))
m = handler()
m.__enter__()
try:
    m.__exit__(KeyError, KeyError('k'), None)
except KeyError as e:
    print('re-raised', repr(e))
m = handler()
m.__enter__()
print('type only:', m.__exit__(ZeroDivisionError, None, None))


@contextmanager
def replacing():
    try:
        yield
    except KeyError as e:
        raise LookupError('replaced')


try:
    with replacing():
        raise KeyError('orig')
except LookupError as e:
    print(type(e).__name__, e, 'context:', repr(e.__context__))


@contextmanager
def reraise_same():
    try:
        yield
    except ValueError:
        raise


try:
    with reraise_same():
        raise ValueError('same')
except ValueError as e:
    print('same error back:', e)


@contextmanager
def plain():
    yield 'x'


for exc in (StopIteration('stop'), RuntimeError('rt'), GeneratorExit(), ValueError('v')):
    try:
        with plain():
            raise exc
    except BaseException as e:
        print('passes through:', type(e).__name__, e is exc)


@contextmanager
def stops_on_error():
    try:
        yield
    except Exception:
        return


with stops_on_error():
    raise ValueError('swallowed by return')
print('after swallow')


@contextmanager
def converts_stop():
    try:
        yield
    except StopIteration as e:
        raise RuntimeError('converted') from e


try:
    with converts_stop():
        raise StopIteration('inner')
except StopIteration as e:
    print('StopIteration back', e)
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def fresh_each_time(log):
    log.append('in')
    yield
    log.append('out')


calls = []


@fresh_each_time(calls)
def work(n):
    calls.append(n)
    return n * 3


print(work(1), work(2), calls)


@contextmanager
def documented():
    """Docs of the generator."""
    yield


print(documented.__doc__, documented.__name__, documented().__doc__)
print(hasattr(documented(), 'gen'), type(documented().gen).__name__)


@contextmanager
def no_yield():
    return
    yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e, e.__suppress_context__)


@contextmanager
def yields_twice():
    yield 1
    yield 2


try:
    with yields_twice() as v:
        print('value', v)
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def keeps_going():
    while True:
        try:
            yield
        except Exception:
            pass


try:
    with keeps_going():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def with_args(*args, **kwargs):
    yield args, kwargs


with with_args(1, 2, k=3) as got:
    print(got)
