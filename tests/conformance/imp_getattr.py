import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

import getattr_mod
print(getattr_mod.REAL, getattr_mod.virtual)
from getattr_mod import virtual
print(virtual)
try:
    getattr_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from getattr_mod import missing
except ImportError as e:
    print(type(e).__name__, rel(str(e)))
print(hasattr(getattr_mod, 'virtual'), hasattr(getattr_mod, 'nope'), getattr(getattr_mod, 'nope', 'default'))
