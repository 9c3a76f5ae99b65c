#!/usr/bin/env python3
"""Prints the special-value tables at the end of src/Krait.Modules/Python/cmath.py: what CPython 3.11's cmath
returns (or that it raises ValueError) for each class of real and imaginary part (-inf, negative, -0, +0, positive,
+inf, nan). Run with /usr/bin/python3.11 and replace the _T_* lines of cmath.py with its output. Entries for two
finite classes are never used (those inputs are computed)."""
import cmath, math
INF = float('inf'); NAN = float('nan')
reps = [-INF, -2.5, -0.0, 0.0, 2.5, INF, NAN]
def lit(x):
    if math.isnan(x): return '_N'
    if math.isinf(x): return '_I' if x > 0 else '-_I'
    if x == 0: return '-0.0' if math.copysign(1, x) < 0 else '0.0'
    return repr(x)
out = []
for name in ['exp', 'log', 'sqrt', 'acos', 'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh', 'rect']:
    cells = []
    for a in reps:
        for b in reps:
            try:
                r = cmath.rect(a, b) if name == 'rect' else getattr(cmath, name)(complex(a, b))
                cells.append('(%s, %s)' % (lit(r.real), lit(r.imag)))
            except ValueError:
                cells.append('None')
            except OverflowError:
                cells.append('"O"')
    out.append('_T_%s = (%s)' % (name.upper(), ', '.join(cells)))
print('\n'.join(out))
