# complex arithmetic, power and format over a matrix of operands (incl. inf, nan, signed zeros)
vals = [0j, 1j, -1j, 1 + 1j, -2.5 + 3j, 1e300 + 1e-300j, complex(float("inf"), 1), complex(1, float("nan")), 2 + 0j, complex(-0.0, 0.0), 0.5 - 0.25j, 3, -2, 1.5, 0.0]
specs = ["", "g", ".3g", "e", ".2f", "10.1f", "<12", "^14.2e", "+.1f", " g", ",.2f", "#g", "E", "G", "F", "n", ".0f", "_.1f"]
for a in vals:
    row = [repr(a)]
    for b in vals:
        for op in ("+", "-", "*", "/", "**"):
            try:
                r = eval("a %s b" % op)
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
    if isinstance(a, complex):
        for sp in specs:
            try:
                row.append(format(a, sp))
            except Exception as e:
                row.append(type(e).__name__ + ":" + str(e))
        row.append(repr(abs(a)) if a.imag == a.imag else "nan")
        row.append(str(hash(a)) if a.imag == a.imag else "nan-hash")
    print(" | ".join(row))
