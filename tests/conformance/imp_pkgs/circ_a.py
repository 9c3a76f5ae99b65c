print("circ_a start")
import circ_b
A = 'a'
print("circ_a end, circ_b.B =", circ_b.B)
