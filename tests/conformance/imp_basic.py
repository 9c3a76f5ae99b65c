import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

import imp_mod_a
print(imp_mod_a.VALUE, imp_mod_a.func(21), imp_mod_a.Thing.__name__)
print(imp_mod_a.__name__, repr(imp_mod_a.__package__), rel(imp_mod_a.__file__))
print(imp_mod_a.__doc__)
print(rel(repr(imp_mod_a)))
spec = imp_mod_a.__spec__
print(spec.name, rel(spec.origin), repr(spec.parent), spec.submodule_search_locations, spec.has_location)
print(type(imp_mod_a.__loader__).__name__, imp_mod_a.__loader__ is spec.loader)
print(imp_mod_a.__loader__.name, rel(imp_mod_a.__loader__.path))
print('imp_mod_a' in sys.modules, sys.modules['imp_mod_a'] is imp_mod_a)
import imp_mod_a as again
print(again is imp_mod_a)
import imp_mod_a, sys as system
print(system is sys)


def in_function():
    import imp_mod_a as local_a
    from imp_mod_a import VALUE as V
    return local_a.VALUE + V


print(in_function())
print(hasattr(sys.modules[__name__], 'local_a'))


class C:
    import imp_mod_a as class_attr
    from imp_mod_a import func


print(C.class_attr is imp_mod_a, C.func(4))
print(type(sys.modules).__name__, type(sys.path).__name__)
print(type(imp_mod_a).__name__, isinstance(imp_mod_a, type(sys)))
print(repr(sys)[:20], repr(__builtins__)[:25] if not isinstance(__builtins__, dict) else "<module 'builtins' (bui")
