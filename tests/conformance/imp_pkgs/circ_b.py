print("circ_b start")
import sys
import circ_a
print("circ_b sees circ_a in sys.modules:", 'circ_a' in sys.modules, hasattr(circ_a, 'A'))
B = 'b'


def use_a():
    return circ_a.A
