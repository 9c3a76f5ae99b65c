# krait: no-cpython-lib
# traceback: format_exc/format_exception/print_exception, extract_tb, FrameSummary, StackSummary,
# TracebackException, chained exceptions and the caret lines.
import io
import sys
import traceback

def inner(x):
    return 10 / x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    text = traceback.format_exc()
print(text.replace(__file__, 'FILE'), end='')

try:
    outer(0)
except ZeroDivisionError as e:
    exc = e
lines = traceback.format_exception(exc)
print(''.join(lines).replace(__file__, 'FILE'), end='')
print(''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)) == ''.join(lines))
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
print(''.join(traceback.format_exception(exc, limit=1)).replace(__file__, 'FILE'), end='')

tb = exc.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), len(fs))
name_line = [(fs.name, fs.lineno) for fs in summary]
print(name_line)
print(list(summary[-1])[1:], summary[-1][2])
print(repr(summary[0]).replace(__file__, 'FILE'))
print(''.join(traceback.format_list(summary)).replace(__file__, 'FILE'), end='')
print(''.join(traceback.format_tb(tb)).replace(__file__, 'FILE'), end='')
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])

buf = io.StringIO()
traceback.print_exception(exc, file=buf)
print(buf.getvalue() == ''.join(lines))
buf = io.StringIO()
traceback.print_tb(tb, limit=1, file=buf)
print(buf.getvalue().replace(__file__, 'FILE'), end='')

def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('wrapped') from e
try:
    chained()
except ValueError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'), end='')

def implicit():
    try:
        [][0]
    except IndexError:
        len(5)
try:
    implicit()
except TypeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no context') from None
except RuntimeError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), te.stack[0].name)
print(list(te.format_exception_only()))
print(''.join(te.format()) == ''.join(lines))

class Custom(Exception):
    pass
class Module:
    pass
print(traceback.format_exception_only(Custom('c')))
print(traceback.format_exception_only(Custom()))
print(traceback.format_exception_only(KeyError('k')))
class BadStr(Exception):
    def __str__(self):
        raise ValueError
print(traceback.format_exception_only(BadStr()))
e = ValueError('noted')
e.add_note('first note')
e.add_note('second\nnote')
print(traceback.format_exception_only(e))

fs = traceback.FrameSummary('made_up.py', 3, 'func', line='  x = 1  ')
print(fs.line, fs == ('made_up.py', 3, 'func', 'x = 1'), fs.locals)
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'pass'), fs])
print(ss.format())
rec = traceback.StackSummary.from_list([('r.py', 5, 'rec', 'rec()')] * 6)
print(''.join(rec.format()), end='')

def recurse(n):
    if n == 0:
        raise OverflowError('deep')
    return recurse(n - 1)
try:
    recurse(8)
except OverflowError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

def carets():
    d = {'a': [1]}
    return d['a'][0] + d['b']
try:
    carets()
except KeyError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'), end='')

print(traceback.format_exception(None), traceback.format_exception_only(None))

try:
    outer(0)
except ZeroDivisionError:
    old = sys.stderr
    sys.stderr = io.StringIO()
    traceback.print_exc()
    printed = sys.stderr.getvalue()
    sys.stderr = old
print(printed.replace(__file__, 'FILE'), end='')
