# krait: no-cpython-lib
# warnings: the default filters, filterwarnings/simplefilter (regexes, category, module, lineno, append),
# resetwarnings, the actions and __warningregistry__ semantics.
import warnings

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def show(log):
    print([(str(w.message), w.category.__name__, w.lineno) for w in log])
    log.clear()


with warnings.catch_warnings(record=True) as log:
    # DeprecationWarning is shown for __main__ only; other modules' are ignored by default.
    warnings.warn_explicit('deprecated in main', DeprecationWarning, 'main.py', 1, '__main__')
    warnings.warn_explicit('deprecated elsewhere', DeprecationWarning, 'lib.py', 1, 'somelib')
    warnings.warn_explicit('pending', PendingDeprecationWarning, 'main.py', 2, '__main__')
    warnings.warn_explicit('import', ImportWarning, 'main.py', 3, '__main__')
    warnings.warn_explicit('resource', ResourceWarning, 'main.py', 4, '__main__')
    warnings.warn_explicit('runtime', RuntimeWarning, 'lib.py', 5, 'somelib')
    warnings.warn_explicit('future', FutureWarning, 'lib.py', 6, 'somelib')
    warnings.warn_explicit('main submodule', DeprecationWarning, 'm.py', 7, '__main__.sub')
    show(log)

    warnings.resetwarnings()
    print(warnings.filters)
    warnings.filterwarnings('ignore', message='Skip')
    warnings.filterwarnings('error', category=RuntimeWarning, module=r'strict\.')
    warnings.filterwarnings('always', lineno=99)
    warnings.simplefilter('once', FutureWarning)
    warnings.simplefilter('module', SyntaxWarning, append=True)
    for f in warnings.filters:
        print(f[0], f[1], f[2].__name__, f[3], f[4])
    warnings.warn_explicit('skip this one', UserWarning, 'a.py', 1, 'a')
    warnings.warn_explicit('SKIPPED too', UserWarning, 'a.py', 1, 'a')
    warnings.warn_explicit('not skip', UserWarning, 'a.py', 1, 'a')
    try:
        warnings.warn_explicit('strict', RuntimeWarning, 'b.py', 1, 'strict.inner')
    except RuntimeWarning as e:
        print('raised', type(e).__name__, e)
    warnings.warn_explicit('lenient', RuntimeWarning, 'b.py', 1, 'strictly')
    warnings.warn_explicit('line 99', UserWarning, 'c.py', 99, 'c', {})
    warnings.warn_explicit('line 99', UserWarning, 'c.py', 99, 'c', {})
    show(log)

    registry = {}
    for line in (1, 2, 1, 3):
        warnings.warn_explicit('once', FutureWarning, 'd.py', line, 'd', registry)
    show(log)
    for line in (4, 5, 4):
        warnings.warn_explicit('per module', SyntaxWarning, 'e.py', line, 'e', registry)
    show(log)
    print(sorted((k[0], k[1].__name__, k[2:]) for k in registry if k != 'version'))

    # 'default': once per (text, category, line) in a registry; a changed filter list resets registries.
    warnings.resetwarnings()
    warnings.simplefilter('default')
    registry = {}
    for line in (1, 1, 2, 2, 1):
        warnings.warn_explicit('default action', UserWarning, 'f.py', line, 'f', registry)
    show(log)
    warnings.simplefilter('default')
    warnings.warn_explicit('default action', UserWarning, 'f.py', 1, 'f', registry)
    show(log)
    print('version' in registry, sorted(k[2] for k in registry if k != 'version'))

    # the same filter added again moves to the front (or stays, with append)
    warnings.resetwarnings()
    warnings.simplefilter('ignore', UserWarning)
    warnings.simplefilter('error', UserWarning)
    warnings.simplefilter('ignore', UserWarning)
    print([f[0] for f in warnings.filters])
    warnings.simplefilter('error', UserWarning, append=True)
    print([f[0] for f in warnings.filters])

    # a subclass matches its base's filter; the first matching filter wins
    class Mine(UserWarning):
        pass

    warnings.resetwarnings()
    warnings.simplefilter('always', Mine)
    warnings.simplefilter('ignore', UserWarning, append=True)
    warnings.warn_explicit('mine', Mine, 'g.py', 1)
    warnings.warn_explicit('plain', UserWarning, 'g.py', 1)
    show(log)

    # message as a Warning instance; non-string messages
    warnings.resetwarnings()
    warnings.simplefilter('always')
    warnings.warn_explicit(Mine('instance'), UserWarning, 'h.py', 1)
    warnings.warn_explicit(42, UserWarning, 'h.py', 2)
    print([(type(w.message).__name__, w.message.args, w.category.__name__) for w in log])
    log.clear()

    # module derived from the file name
    warnings.resetwarnings()
    warnings.filterwarnings('error', module='pkg/thing$')
    for name in ('pkg/thing.py', 'pkg/thing.pyc'):
        try:
            warnings.warn_explicit('from ' + name, UserWarning, name, 1)
            print('shown', name)
        except UserWarning as e:
            print('error', e)

    # an unknown action in the list
    warnings.filters.insert(0, ('bogus', None, Warning, None, 0))
    try:
        warnings.warn_explicit('x', UserWarning, 'i.py', 1)
    except RuntimeError as e:
        print(type(e).__name__, e)

for bad in (lambda: warnings.filterwarnings('explode'),
            lambda: warnings.filterwarnings('ignore', message=b'bytes'),
            lambda: warnings.filterwarnings('ignore', category='UserWarning'),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', module=None),
            lambda: warnings.filterwarnings('ignore', lineno=-3),
            lambda: warnings.filterwarnings('ignore', lineno=1.5),
            lambda: warnings.simplefilter('nope'),
            lambda: warnings.simplefilter('ignore', lineno='1'),
            lambda: warnings.warn_explicit('x', UserWarning, 'f.py', 'one'),
            lambda: warnings.warn_explicit('x', UserWarning, None, 1),
            lambda: warnings.warn('x', category=3),
            lambda: warnings.warn('x', category=object)):
    try:
        bad()
        print('no error')
    except (AssertionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(warnings.filters[:2])

# 'once' and 'module' remember (text, category) in the registry given; 'once' without one uses onceregistry
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    r1, r2 = {}, {}
    warnings.warn_explicit('o', UserWarning, 'a.py', 1, 'a', r1)
    warnings.warn_explicit('o', UserWarning, 'b.py', 2, 'b', r2)
    warnings.warn_explicit('o', UserWarning, 'b.py', 3, 'b', r2)
    warnings.warn_explicit('o', UserWarning, 'b.py', 3, 'b', None)
    warnings.warn_explicit('p', UserWarning, 'b.py', 3, 'b', None)
    warnings.warn_explicit('p', UserWarning, 'b.py', 4, 'b', None)
    print(len(log), sorted(k[2:] for k in r1 if k != 'version'), sorted(k[0] for k in warnings.onceregistry if k != 'version'))
    log.clear()
    warnings.simplefilter('module')
    r3 = {}
    warnings.warn_explicit('m', UserWarning, 'a.py', 1, 'a', r3)
    warnings.warn_explicit('m', UserWarning, 'a.py', 2, 'a', r3)
    warnings.warn_explicit('m', UserWarning, 'a.py', 2, 'a', None)
    warnings.warn_explicit('m', UserWarning, 'a.py', 2, 'a', None)
    print(len(log), sorted(k[2:] for k in r3 if k != 'version'))
    log.clear()
    warnings.simplefilter('default')
    warnings.warn_explicit('d', UserWarning, 'a.py', 2, 'a', None)
    warnings.warn_explicit('d', UserWarning, 'a.py', 2, 'a', None)
    print(len(log))
