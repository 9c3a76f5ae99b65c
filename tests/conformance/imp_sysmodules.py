import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

class Fake:
    value = 'fake value'


sys.modules['fake_mod'] = Fake()
import fake_mod
print(fake_mod.value, type(fake_mod).__name__)
from fake_mod import value
print(value)
class FakePkg:
    __name__ = 'fake_pkg'


sys.modules['fake_pkg.child'] = 'a string module'
sys.modules['fake_pkg'] = FakePkg()
import fake_pkg.child
print(fake_pkg.__name__)
from fake_pkg import child
print(child)
import imp_mod_a
first = imp_mod_a
del sys.modules['imp_mod_a']
import imp_mod_a
print(imp_mod_a is first, imp_mod_a.VALUE)
saved = sys.modules
print(sys.modules is saved, 'sys' in sys.modules, 'builtins' in sys.modules, '__main__' in sys.modules)
print(sys.modules['__main__'].rel is rel)
print(sys.modules['sys'] is sys)
sys.modules.pop('imp_mod_a')
print('imp_mod_a' in sys.modules)
import imp_mod_a as third
print(third is first)
import builtins
print(builtins.len is len, builtins.__name__)
