import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path, isinstance(e, ImportError))
try:
    import no_such_pkg.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import imp_mod_a.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg1.no_child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imp_mod_a import nothing_here
except ImportError as e:
    print(type(e).__name__, rel(str(e)), e.name, rel(e.path))
try:
    from pkg1 import no_child
except ImportError as e:
    print(type(e).__name__, rel(str(e)), e.name, rel(e.path))
try:
    from sys import no_such_thing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
sys.modules['blocked_mod'] = None
try:
    import blocked_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg1.mod_y.z
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('sys', level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    from pkg1 import (P, missing_name)
except ImportError as e:
    print(type(e).__name__, rel(str(e)))
e = ImportError('plain')
print(e.name, e.path, e.msg, e.args)
e = ModuleNotFoundError('m', name='n', path='p')
print(e, e.name, e.path, e.msg, e.args, isinstance(e, ImportError))
try:
    ImportError('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ImportError('raised', name='mod')
except ImportError as e:
    print(e, e.name, e.path)


class MyImportError(ImportError):
    pass


e = MyImportError('sub')
print(e, e.name, e.path)
