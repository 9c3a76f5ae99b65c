import cmath, math
inf, nan = float('inf'), float('nan')
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
vals = [-inf, -1e300, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.5, 1e300, inf, nan]
def show(z):
    return '(%r, %r)' % (z.real, z.imag) if isinstance(z, complex) else repr(z)
names = ['exp', 'log', 'log10', 'sqrt', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan', 'acosh', 'asinh', 'atanh',
         'cosh', 'sinh', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(show(f(complex(a, b))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
out = []
for a in vals:
    for b in vals:
        try:
            out.append(show(cmath.rect(a, b)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
print('rect', ' '.join(out))
