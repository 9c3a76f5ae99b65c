import math
xs = [0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 1.5, 2.5, 3.3, 4.9, 5.0, 5.5, 7.25, 10.1, 20.5, 23.0, 24.0, 50.5, 100.25,
      141.5, 170.5, 171.0, 171.7, 200.0, -0.5, -1.5, -2.5, -3.3, -10.1, -20.5, -100.25, -150.5, -170.5, -190.5,
      -201.5, 1e-21, -1e-21, 1e-320, 300.0]
for x in xs:
    for f in (math.gamma, math.lgamma):
        try:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", x, type(e).__name__, e)
for x in [-5.0, -1.0, 0.0, -0.0, 1.0, 2.0, 3.0, 22.0, float('inf'), float('-inf')]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", x, repr(f(x)))
        except (ValueError, OverflowError) as e:
            print(f is math.gamma and "gamma" or f is math.lgamma and "lgamma" or f is math.comb and "comb" or f is math.perm and "perm" or f is math.fmod and "fmod" or f is math.remainder and "remainder" or f is math.atan2 and "atan2" or "pow", x, type(e).__name__, e)
for i in range(-40, 41):
    x = i / 7.0
    print(i, repr(math.erf(x)), repr(math.erfc(x)))
