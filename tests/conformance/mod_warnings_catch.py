# krait: no-cpython-lib
# warnings: catch_warnings (record, action/category/lineno/append, module=, nesting, restoring state),
# __warningregistry__ from warn(), -W option strings (_setoption/_processoptions), _deprecated.
import sys
import warnings


def emit(text, category=UserWarning):
    warnings.warn(text, category)


before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    emit('a')
    emit('b', DeprecationWarning)
    print([(str(w.message), w.category.__name__, w.lineno, w.filename == __file__, w.file, w.line) for w in log])
    print(type(log).__name__, type(log[0]).__name__)
    inner_filters = warnings.filters
print(warnings.filters == before, inner_filters is not warnings.filters)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        emit('now an error')
    except UserWarning as e:
        print('error:', e)
print(warnings.filters == before)

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter('always')
    emit('outer 1')
    with warnings.catch_warnings(record=True) as inner:
        emit('inner')
    emit('outer 2')
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        emit('ignored')
print([str(w.message) for w in outer], [str(w.message) for w in inner])

with warnings.catch_warnings(record=True, action='ignore') as log:
    emit('quiet')
print(len(log))
with warnings.catch_warnings(action='error', category=RuntimeWarning):
    try:
        emit('runtime', RuntimeWarning)
    except RuntimeWarning as e:
        print('action error:', e)
    with warnings.catch_warnings(record=True) as log:
        emit('user still default')
    print(len(log))
with warnings.catch_warnings(record=True, action='always', lineno=0, append=True) as log:
    print(warnings.filters[-1][:1], warnings.filters[-1][2].__name__)

cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(type(e).__name__, e)

fake = type(sys)('fake_warnings')
fake.filters = []
fake.showwarning = lambda *a: None
fake._showwarning_orig = fake.showwarning
fake._showwarnmsg_impl = lambda msg: None
fake._filters_mutated = lambda: None
fake.simplefilter = warnings.simplefilter
cw = warnings.catch_warnings(module=fake, record=True)
print(repr(cw).startswith('catch_warnings(record=True, module='))
with cw as log:
    fake._showwarnmsg_impl('recorded')
    print(log, fake.filters == [])
print(fake._showwarnmsg_impl is not None)


# warn() records what it showed in the caller's module globals
def warn_twice():
    for i in range(2):
        warnings.warn('registry check')


with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('default')
    warn_twice()
    warn_twice()
    print(len(log))
    keys = [k for k in __warningregistry__ if k != 'version']
    print([(k[0], k[1].__name__, k[2]) for k in keys], __warningregistry__[keys[0]])
    warnings.simplefilter('default')
    warn_twice()
    print(len(log))

# -W option strings
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings._processoptions(['ignore', 'error::DeprecationWarning', 'default:some text:UserWarning:mod.sub:12',
                              'a', 'i::RuntimeWarning', 'e:::', 'm::builtins.FutureWarning'])
    for f in warnings.filters:
        print(f[0], f[1], f[2].__name__, f[3], f[4])
    old = sys.stderr
    for bad in ('bogus', 'error::NoSuchWarning', 'error::int', 'a:b:c:d:e:f', 'error::::-1', 'error::::x',
                'error::nosuchmodule.Thing', 'error::warnings.nothing'):
        try:
            warnings._setoption(bad)
            print('accepted', bad)
        except warnings._OptionError as e:
            print(type(e).__name__, e)

for remove in ((3, 10), (3, 11), (3, 12)):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter('always')
        try:
            warnings._deprecated('oldthing', remove=remove)
            print([(str(w.message), w.category.__name__) for w in log])
        except RuntimeError as e:
            print(type(e).__name__, e)
