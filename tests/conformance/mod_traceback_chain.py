# krait: no-cpython-lib
# traceback: __cause__ / __context__ chains, __suppress_context__, chain=False, cycles.
import traceback

HERE = __file__.rsplit('/', 1)[0]


def show(lines):
    print(''.join(lines).replace(HERE, '{DIR}'), end='')
    print('-----')


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('cannot parse %r' % text) from e


def load(text):
    try:
        return parse(text)
    except RuntimeError:
        return {}['missing']


try:
    load('abc')
except KeyError as e:
    top = e

show(traceback.format_exception(top))
show(traceback.format_exception(top, chain=False))
show(traceback.format_exception(type(top), top, top.__traceback__, chain=False))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('replaced') from None
except ValueError as e:
    show(traceback.format_exception(e))
    print(e.__suppress_context__, type(e.__context__).__name__)

a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
show(traceback.format_exception(a))
show(traceback.format_exception(b))

c = KeyError('c')
c.__cause__ = c
show(traceback.format_exception(c))

d = RuntimeError('d')
d.__cause__ = ValueError('cause without traceback')
d.__context__ = TypeError('context hidden by the cause')
show(traceback.format_exception(d))
te = traceback.TracebackException.from_exception(d)
print(te.__cause__ is not None, te.__context__)
te = traceback.TracebackException.from_exception(d, compact=False)
print(te.__cause__ is not None, te.__context__ is not None)
show(te.format())
show(te.format(chain=False))


def chain_of(n):
    exc = None
    for i in range(n):
        try:
            if exc is not None:
                raise exc
            raise ValueError(0)
        except ValueError as inner:
            try:
                raise ValueError(i + 1)
            except ValueError as outer:
                exc = outer
    return exc


long_chain = chain_of(5)
lines = traceback.format_exception(long_chain)
print(sum(1 for line in lines if 'During handling' in line))
print([line for line in lines if line.startswith('ValueError')])
