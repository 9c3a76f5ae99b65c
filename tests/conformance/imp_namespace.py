import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

sys.path[0:0] = ['imp_pkgs/ns_a', 'imp_pkgs/ns_b']
import nspkg
print([rel(p) for p in nspkg.__path__], len(nspkg.__path__))
print(rel(repr(nspkg.__path__)))
print(hasattr(nspkg, '__file__'), nspkg.__spec__.origin, nspkg.__spec__.name)
print(type(nspkg.__loader__).__name__)
import nspkg.one
import nspkg.two
print(nspkg.one.ONE, nspkg.two.TWO, nspkg.two.one is nspkg.one, nspkg.two.__package__)
print(rel(nspkg.two.__file__))
try:
    from nspkg import three
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
print(repr(nspkg).startswith("<module 'nspkg' (<_frozen_importlib_external.NamespaceLoader object at"))
