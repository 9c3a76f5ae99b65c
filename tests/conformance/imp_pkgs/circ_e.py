import circ_f
X = 'x'
