# Loading a file by path: importlib.util.spec_from_file_location, module_from_spec, loader.exec_module.
import sys
import importlib.util
HERE = sys.path[0]


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p


spec = importlib.util.spec_from_file_location('loaded_by_path', 'imp_pkgs/imp_mod_a.py')
print(spec.name, rel(spec.origin), spec.submodule_search_locations, spec.parent, spec.has_location)
module = importlib.util.module_from_spec(spec)
print(module.__name__, rel(module.__file__), 'loaded_by_path' in sys.modules, hasattr(module, 'VALUE'))
spec.loader.exec_module(module)
print(module.VALUE, module.func(5), module.__name__)
print(spec.loader.get_filename().endswith('imp_mod_a.py'), spec.loader.is_package('loaded_by_path'))
pspec = importlib.util.spec_from_file_location('pkg_by_path', 'imp_pkgs/plainpkg/__init__.py')
print(pspec.name, [rel(p) for p in pspec.submodule_search_locations], pspec.parent)
pmod = importlib.util.module_from_spec(pspec)
sys.modules['pkg_by_path'] = pmod
pspec.loader.exec_module(pmod)
import pkg_by_path.leaf
print(pkg_by_path.leaf.LEAF, pkg_by_path.leaf.__name__)
print(importlib.util.spec_from_file_location('x', None) if False else 'skip')
