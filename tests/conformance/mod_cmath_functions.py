import cmath
print(cmath.log(8, 2), cmath.log(-1), cmath.log(1j, 10), cmath.log10(1000), cmath.log(complex(3, 4), 1j))
print(cmath.sqrt(-4), cmath.sqrt(-4+0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(2j), cmath.exp(1j * cmath.pi))
print(cmath.polar(1j), cmath.polar(-1), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(cmath.nan, cmath.nan), cmath.isfinite(1), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 0.25
class I:
    def __index__(self): return 4
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.exp(True), cmath.sin(10**10), cmath.cos(3.5 - 2j), cmath.tan(0.5 + 0.5j))
for z in [0.3, 1.2, -3.7, 0.3 + 0.4j, -2 - 5j, 1e-20j, 100 + 1j, 0.999999 + 1e-9j]:
    print([f(z) for f in (cmath.acos, cmath.asin, cmath.atan, cmath.acosh, cmath.asinh, cmath.atanh, cmath.cosh, cmath.sinh, cmath.tanh)])
for f in [lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(2, 0), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000),
          lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.cosh(1000), lambda: cmath.sinh(-1000 + 1j),
          lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.rect(1j, 0), lambda: cmath.log(10**400),
          lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.sqrt(None),
          lambda: cmath.exp(complex(0, cmath.inf)), lambda: cmath.log10(0j)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
