import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

import circ_a
print(circ_a.A, circ_a.circ_b.B, circ_a.circ_b.use_a())
try:
    import circ_c
except ImportError as e:
    print(type(e).__name__, rel(str(e)))
    print(e.name, rel(e.path))
print('circ_c' in sys.modules, 'circ_d' in sys.modules)
try:
    import circ_e
except AttributeError as e:
    print(type(e).__name__, e)
print('circ_e' in sys.modules, 'circ_f' in sys.modules)
