import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

import pkg1.mod_x as mx
print(mx.__package__, mx.mod_y.__name__)
try:
    mx.up_too_far()
except ImportError as e:
    print(type(e).__name__, e)
try:
    mx.deep.beyond()
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import x
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__, __name__)
# __import__ with a globals dict resolves relative names from __package__ / __name__.
m = __import__('mod_y', {'__package__': 'pkg1'}, None, ['Y'], 1)
print(m.__name__, m.Y)
m = __import__('', {'__package__': 'pkg1.sub'}, None, ['deep'], 2)
print(m.__name__)
m = __import__('deep', {'__name__': 'pkg1.sub.other'}, None, ['x'], 1)
print(m.__name__)
m = __import__('sub', {'__name__': 'pkg1', '__path__': []}, None, ['x'], 1)
print(m.__name__)
m = __import__('sub.deep', {'__package__': 'pkg1'}, None, None, 1)
print(m.__name__)
for g, lvl in [({'__package__': ''}, 1), ({'__name__': 'toplevel'}, 1), ({'__package__': 'pkg1'}, 3)]:
    try:
        __import__('x', g, None, [], lvl)
    except ImportError as e:
        print(type(e).__name__, e)
try:
    __import__('x', {}, None, [], 1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    __import__('x', {'__package__': 5}, None, [], 1)
except TypeError as e:
    print(type(e).__name__, e)
