import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

import importlib
m = importlib.import_module('imp_mod_a')
print(m.VALUE, m is sys.modules['imp_mod_a'])
d = importlib.import_module('pkg1.sub.deep')
print(d.__name__, d.DEEP)
print(importlib.import_module('.mod_y', 'pkg1').Y)
print(importlib.import_module('..mod_y', 'pkg1.sub').__name__)
print(importlib.import_module('.', 'pkg1').__name__)
print(importlib.import_module(name='pkg1.mod_y').__name__)
for args in [('.mod_y',), ('..x', 'pkg1'), ('no_such_mod_q',), ('',)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
import reload_mod
print(reload_mod.RUNS)
r = importlib.reload(reload_mod)
print(r is reload_mod, reload_mod.RUNS)
importlib.reload(reload_mod)
print(reload_mod.RUNS)
try:
    importlib.reload(42)
except TypeError as e:
    print(type(e).__name__, e)
print(importlib.invalidate_caches())
import importlib.util
print(importlib.util.find_spec('imp_mod_a').name)
spec = importlib.util.find_spec('pkg1.mod_x')
print(spec.name, rel(spec.origin), spec.parent)
print(importlib.util.find_spec('no_such_mod_q'))
print(importlib.util.find_spec('pkg1.nothing'))
print(importlib.util.find_spec('sys').origin)
print(importlib.util.resolve_name('.a', 'pkg'), importlib.util.resolve_name('..a', 'pkg.sub'), importlib.util.resolve_name('abs', None))
try:
    importlib.util.resolve_name('.a', None)
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.util.find_spec('imp_mod_a.child')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
