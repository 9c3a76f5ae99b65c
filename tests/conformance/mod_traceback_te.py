# krait: no-cpython-lib
# traceback: TracebackException attributes, from_exception, equality, str, limit, lookup_lines,
# capture_locals for tracebacks without locals, print, format(chain=False), format_exception_only.
import io
import traceback

HERE = __file__.rsplit('/', 1)[0]


def clean(text):
    return text.replace(HERE, '{DIR}')


def explode(n):
    if n:
        return explode(n - 1)
    raise OSError(2, 'No such file or directory', 'missing.txt')


try:
    explode(2)
except OSError as e:
    exc = e

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), te._str)
print(type(te.stack).__name__, len(te.stack), [f.name for f in te.stack], [f.lineno for f in te.stack])
print(te.__cause__, te.__context__, te.__suppress_context__, te.exceptions, te.__notes__)
print(te.max_group_width, te.max_group_depth)
print(sorted(k for k in vars(te)))
print(clean(''.join(te.format())), end='')
print(list(te.format_exception_only()))
print(te == traceback.TracebackException.from_exception(exc), te == 5,
      te != traceback.TracebackException.from_exception(exc, limit=1))
te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=2)
print(len(te2.stack), [f.name for f in te2.stack])
te3 = traceback.TracebackException(type(exc), exc, exc.__traceback__, lookup_lines=False)
print([f._line for f in te3.stack], [f.line for f in te3.stack][:1])
buf = io.StringIO()
te.print(file=buf)
print(clean(buf.getvalue()) == clean(''.join(te.format())))
buf = io.StringIO()
traceback.TracebackException.from_exception(ValueError('printed')).print(file=buf)
print(repr(buf.getvalue()))

none_te = traceback.TracebackException(None, None, None)
print(list(none_te.format()), none_te.exc_type, none_te.stack, str(none_te))
te_no_tb = traceback.TracebackException(KeyError, KeyError('k'), None)
print(list(te_no_tb.format()), len(te_no_tb.stack))


class Noted(Exception):
    pass


n = Noted('with notes')
n.__notes__ = ['one', 'two\nthree']
print(traceback.TracebackException.from_exception(n).__notes__,
      list(traceback.TracebackException.from_exception(n).format_exception_only()))
n.__notes__ = 'abc'
print(list(traceback.TracebackException.from_exception(n).format_exception_only()))
n.__notes__ = 42
print(list(traceback.TracebackException.from_exception(n).format_exception_only()))
n.__notes__ = ('tuple note',)
print(list(traceback.TracebackException.from_exception(n).format_exception_only()))


class BadNote:
    def __str__(self):
        raise ValueError


n.__notes__ = [BadNote(), 'fine']
print(list(traceback.TracebackException.from_exception(n).format_exception_only()))


class BadRepr:
    def __repr__(self):
        raise ValueError


n.__notes__ = BadRepr()
print(list(traceback.TracebackException.from_exception(n).format_exception_only()))

try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    chained = e
te = traceback.TracebackException.from_exception(chained)
print(type(te.__context__).__name__, te.__context__.exc_type.__name__, te.__cause__)
print(clean(''.join(te.format(chain=False))), end='')
print(clean(''.join(te.format())).count('Traceback'))
te = traceback.TracebackException.from_exception(chained, capture_locals=True)
print(all(f.locals is None or isinstance(f.locals, dict) for f in te.stack))


class Sub(traceback.TracebackException):
    pass


s = Sub.from_exception(chained)
print(type(s).__name__, type(s.__context__).__name__)
