# krait: no-cpython-lib
# warnings: filters, actions, catch_warnings(record=True), the printed format, errors.
import io
import sys
import warnings

class MyWarning(UserWarning):
    pass

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn('typed', DeprecationWarning)
    warnings.warn(MyWarning('instance'))
    warnings.warn('custom', category=MyWarning, stacklevel=1)
    for w in log:
        print(type(w.message).__name__, str(w.message), w.category.__name__, type(w.lineno).__name__)
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    warnings.simplefilter('error', MyWarning)
    try:
        warnings.warn('boom', MyWarning)
    except MyWarning as e:
        print('raised', type(e).__name__, e)
    warnings.warn('still hidden')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn_explicit('repeated', UserWarning, 'file.py', 10)
    warnings.warn_explicit('repeated', UserWarning, 'file.py', 11)
    print('default action', len(log))
    log.clear()
    warnings.simplefilter('once')
    for line in (1, 2, 3):
        warnings.warn_explicit('once only', UserWarning, 'other.py', line)
    print('once action', len(log))
    log.clear()
    warnings.simplefilter('module')
    reg = {}
    for line in (1, 2, 3):
        warnings.warn_explicit('per module', UserWarning, 'mod.py', line, 'mod', reg)
    print('module action', len(log))
    log.clear()
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='skip.*', category=UserWarning)
    warnings.filterwarnings('error', message='fatal')
    warnings.warn_explicit('SKIP me', UserWarning, 'f.py', 1)
    warnings.warn_explicit('keep me', UserWarning, 'f.py', 1)
    try:
        warnings.warn_explicit('Fatal thing', UserWarning, 'f.py', 2)
    except UserWarning as e:
        print('error filter', e)
    warnings.filterwarnings('ignore', module='quiet')
    warnings.warn_explicit('from quiet', UserWarning, 'q.py', 1, 'quiet.sub')
    warnings.warn_explicit('from loud', UserWarning, 'l.py', 1, 'loud')
    warnings.filterwarnings('ignore', lineno=42, append=True)
    print([str(w.message) for w in log], [f[0] for f in warnings.filters])

print(len(warnings.filters) >= 5, warnings.filters[0][0], warnings.filters[0][2].__name__)

print(warnings.formatwarning('msg', UserWarning, 'prog.py', 3, 'x = 1  '), end='')
print(warnings.formatwarning('msg', DeprecationWarning, 'prog.py', 3, ''), end='')
buf = io.StringIO()
warnings.showwarning('shown', RuntimeWarning, 'where.py', 9, file=buf, line='source line')
print(repr(buf.getvalue()))
wm = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(wm)

with warnings.catch_warnings():
    warnings.simplefilter('always')
    old = sys.stderr
    sys.stderr = io.StringIO()
    warnings.warn_explicit('to stderr', UserWarning, 'somefile.py', 7)
    captured = sys.stderr.getvalue()
    sys.stderr = old
print(repr(captured))

shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename, lineno))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn_explicit('via hook', FutureWarning, 'h.py', 5)
print(shown, warnings.showwarning is not my_show)

for bad in [lambda: warnings.warn('x', int), lambda: warnings.simplefilter('bogus'),
            lambda: warnings.filterwarnings('ignore', category=5), lambda: warnings.filterwarnings('ignore', lineno=-1)]:
    try:
        bad()
    except (TypeError, ValueError, AssertionError) as e:
        print(type(e).__name__, e)
cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print(type(e).__name__)
with warnings.catch_warnings(action='error', category=MyWarning):
    try:
        warnings.warn('via action', MyWarning)
    except MyWarning as e:
        print('catch_warnings action', e)
warnings.warn_explicit('printed at the end', UserWarning, 'final.py', 1)
