import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

m = __import__('pkg1', fromlist=['mod_y'])
print(m.__name__, m.mod_y.Y)
m = __import__('pkg1.sub', fromlist=['deep'])
print(m.__name__, m.deep.DEEP)
m = __import__('pkg1.sub.deep')
print(m.__name__)
m = __import__('pkg1', fromlist=['no_such_sub'])
print(m.__name__, hasattr(m, 'no_such_sub'))
try:
    __import__('pkg1', fromlist=[5])
except TypeError as e:
    print(type(e).__name__, e)
m = __import__('imp_mod_a', fromlist=['whatever'])
print(m.__name__)
m = __import__('plainpkg', fromlist=['*'])
print(m.__name__, hasattr(m, 'leaf'))
m = __import__('plainpkg', sys.modules[__name__].__dict__, None, ['leaf'], 0)
print(m.leaf.LEAF)
print(__import__('sys') is sys, __import__('pkg1.mod_y', fromlist=('Y',)).Y)
from plainpkg import leaf
print(leaf.LEAF)
