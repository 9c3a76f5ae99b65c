# krait: no-cpython-lib
# traceback: format_exc / format_exception (both signatures) / print_exc / print_exception, limit and chain.
import io
import sys
import traceback

HERE = __file__.rsplit('/', 1)[0]


def show(text):
    if not isinstance(text, str):
        text = ''.join(text)
    print(text.replace(HERE, '{DIR}'), end='')


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError as e:
    err = e
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    show(traceback.format_exc(limit=0))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end='')
    show(lines[-1])

show(traceback.format_exception(err))
show(traceback.format_exception(type(err), err, err.__traceback__))
show(traceback.format_exception(type(err), err, err.__traceback__, limit=2))
show(traceback.format_exception(type(err), err, None))
show(traceback.format_exception(err, limit=-2))
buf = io.StringIO()
traceback.print_exception(err, file=buf)
traceback.print_exception(type(err), err, err.__traceback__, 1, buf)
show(buf.getvalue())

print(traceback.format_exception_only(ValueError('bad value')))
print(traceback.format_exception_only(ValueError, ValueError('old form')))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(StopIteration()))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
print(traceback.format_exception_only(OSError(2, 'No such file', 'x.txt')))


class Local(Exception):
    pass


class Holder:
    class Inner(Exception):
        pass


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(traceback.format_exception_only(Local('mine')))
print(traceback.format_exception_only(Holder.Inner('nested')))
print(traceback.format_exception_only(Unprintable()))
print(traceback.format_exception_only(Local()))
print(traceback.format_exception_only(Local('')))

Local.__module__ = 'pkg.mod'
print(traceback.format_exception_only(Local('moved')))
Local.__module__ = 42
print(traceback.format_exception_only(Local('odd module')))

for call in (lambda: traceback.print_exception(err, tb=None),
             lambda: traceback.print_exception(err, err),
             lambda: traceback.print_exception(5),
             lambda: traceback.format_exception('text'),
             lambda: traceback.print_last()):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    raise KeyError('direct')
except KeyError:
    buf = io.StringIO()
    traceback.print_exc(limit=None, file=buf, chain=False)
    show(buf.getvalue())
print(traceback.format_exc() == 'NoneType: None\n')
