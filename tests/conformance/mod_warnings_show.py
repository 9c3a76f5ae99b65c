# krait: no-cpython-lib
# warnings: what is printed to stderr (file:line: Category: message, then the source line), warn() with
# stacklevel, formatwarning/showwarning and replacing them, WarningMessage, source=.
import io
import sys
import warnings

HERE = __file__.rsplit('/', 1)[0]

warnings.simplefilter('always')
warnings.warn('shown on stderr')
warnings.warn('a deprecation', DeprecationWarning)
warnings.warn(RuntimeWarning('given as an instance'))


def helper():
    warnings.warn('reported at the caller', stacklevel=2)


def deeper():
    helper()


helper()
deeper()
warnings.warn('far too deep', stacklevel=50)
warnings.warn('level zero', stacklevel=0)
warnings.warn('negative level', stacklevel=-3)
warnings.warn_explicit('explicit with no such file', UserWarning, 'nowhere.py', 3)
warnings.warn_explicit('explicit in this file', UserWarning, __file__, 10)
warnings.warn('resource', ResourceWarning, source=object())

print(warnings.formatwarning('text', UserWarning, 'f.py', 7), end='')
print(warnings.formatwarning('text', UserWarning, 'f.py', 7, line='   code here   '), end='')
print(repr(warnings.formatwarning('text', UserWarning, 'f.py', 7, line='')))
print(warnings.formatwarning(ValueError('odd'), FutureWarning, 'g.py', 'L'), end='')
print(warnings.formatwarning('from this file', UserWarning, __file__, 10).replace(HERE, '{DIR}'), end='')

buf = io.StringIO()
warnings.showwarning('to a buffer', UserWarning, 'b.py', 4, file=buf)
warnings.showwarning('with line', UserWarning, 'b.py', 5, file=buf, line='x = 1')
print(repr(buf.getvalue()))

captured = []


def my_show(message, category, filename, lineno, file=None, line=None):
    captured.append((str(message), category.__name__, filename.replace(HERE, '{DIR}'), lineno, file, line))


warnings.showwarning = my_show
warnings.warn('through the hook')
warnings.warn_explicit('explicit through the hook', SyntaxWarning, 's.py', 2)
warnings.showwarning = warnings._showwarning_orig
print(captured)


def my_format(message, category, filename, lineno, line=None):
    return 'FORMATTED %s %s %s\n' % (message, category.__name__, lineno)


warnings.formatwarning = my_format
buf = io.StringIO()
old_stderr = sys.stderr
sys.stderr = buf
warnings.warn_explicit('custom format', UserWarning, 'c.py', 9)
sys.stderr = old_stderr
warnings.formatwarning = warnings._formatwarning_orig
print(repr(buf.getvalue()))

warnings.showwarning = 'not callable'
try:
    warnings.warn('x')
except TypeError as e:
    print(type(e).__name__, e)
warnings.showwarning = warnings._showwarning_orig

m = warnings.WarningMessage('msg', UserWarning, 'w.py', 3)
print(m, m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line, m.source)
m = warnings.WarningMessage(UserWarning('inst'), None, 'w.py', 3, None, 'src', 'obj')
print(m, m._category_name, m.source)

sys.stderr = None
warnings.warn('nowhere to write')
sys.stderr = old_stderr
print('done')
