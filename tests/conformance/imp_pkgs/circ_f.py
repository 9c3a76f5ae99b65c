import circ_e
print(circ_e.X)
