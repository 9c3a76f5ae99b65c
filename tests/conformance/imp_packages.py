import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

import pkg1
print(pkg1.P, [rel(p) for p in pkg1.__path__], rel(pkg1.__file__))
print(pkg1.__spec__.name, repr(pkg1.__spec__.parent), [rel(p) for p in pkg1.__spec__.submodule_search_locations])
print(hasattr(pkg1, 'mod_y'))
import pkg1.mod_y
print(pkg1.mod_y.Y, hasattr(pkg1, 'mod_y'), pkg1.mod_y.__package__)
import pkg1.sub.deep
print(pkg1.sub.deep.DEEP, pkg1.sub.PARENT_P)
import pkg1.sub.deep as d
print(d is sys.modules['pkg1.sub.deep'], d.__name__)
from pkg1 import mod_x
print(mod_x.X, mod_x.Y, mod_x.y_func(), mod_x.D2, mod_x.deep is d)
from pkg1.sub import deep as deep2
print(deep2 is d)
from pkg1 import P, sub
print(P, sub.__name__)
import plainpkg.leaf
print(plainpkg.leaf.LEAF, sorted(k for k in sys.modules if k.startswith(('pkg1', 'plainpkg'))))
del sys.modules['plainpkg.leaf']
import plainpkg.leaf as leaf2
print(leaf2.LEAF, leaf2 is plainpkg.leaf)
print(rel(repr(pkg1)), rel(repr(pkg1.sub)))
