import math
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 1e-10, 1e10, 1e300, 0.1, 100.0, 710.0, float('inf'), float('-inf'), float('nan')]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp', 'exp2', 'expm1',
         'fabs', 'log1p', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'erf', 'erfc', 'gamma', 'lgamma',
         'degrees', 'radians', 'log', 'log2', 'log10', 'ceil', 'floor', 'trunc', 'isnan', 'isinf', 'isfinite',
         'frexp', 'modf', 'ulp']
for n in names:
    f = getattr(math, n)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(n, ' '.join(out))
for n in ['sqrt', 'exp', 'log', 'floor', 'ceil', 'trunc', 'gamma', 'lgamma', 'sin']:
    f = getattr(math, n)
    for v in [0, 1, 5, -3, 10**20, True]:
        try:
            print(n, v, repr(f(v)))
        except (ValueError, OverflowError) as e:
            print(n, v, type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, math.nan)
