import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

sys.path.insert(0, 'imp_pkgs/shadow1')
sys.path.insert(0, 'imp_pkgs/shadow2')
import shadowed
print(shadowed.WHERE, rel(shadowed.__file__))
del sys.modules['shadowed']
sys.path.remove('imp_pkgs/shadow2')
import shadowed
print(shadowed.WHERE)
del sys.modules['shadowed']
sys.path.insert(0, 42)
sys.path.insert(0, 'no/such/folder')
sys.path.insert(0, HERE + '/imp_pkgs/shadow2')
import shadowed
print(shadowed.WHERE, rel(shadowed.__file__))
old_path = sys.path
sys.path = ['imp_pkgs/shadow1']
del sys.modules['shadowed']
import shadowed
print(shadowed.WHERE)
try:
    import imp_mod_a
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
sys.path = old_path
import imp_mod_a
print(imp_mod_a.VALUE)
print(sys.path[0] == HERE + '/imp_pkgs/shadow2', sys.path[-1] != '')
