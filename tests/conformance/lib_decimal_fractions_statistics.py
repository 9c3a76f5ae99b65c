import contextvars
v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
print(v.name, v.get(), w.get('dflt'))
try:
    w.get()
except LookupError as e:
    print('LookupError')
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
ctx = contextvars.copy_context()
def f(x):
    v.set(x)
    return v.get(), len(contextvars.copy_context())
print(ctx.run(f, 9), v.get(), ctx[v], v in ctx, list(ctx.keys()) == [v])
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print('RuntimeError')
import decimal, fractions
from decimal import Decimal, getcontext, localcontext
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), getcontext().prec)
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / Decimal(7))
print(Decimal(1) / Decimal(7), Decimal('3.14159').quantize(Decimal('0.01')), Decimal(0.1), Decimal('-0'), repr(Decimal('1e3')))
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 4), Fraction('2/6'), Fraction(0.75), Fraction(1, 3) * 3, repr(Fraction(5, 10)), Fraction(7, 2).limit_denominator(1))
print(Fraction(1.1).limit_denominator(100), float(Fraction(1, 8)), Fraction(3, 2) ** 2, round(Fraction(7, 2)), Fraction(-7, 2) // 1, Fraction(Decimal('1.5')))
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode([1, 1, 2]), statistics.stdev([1, 2, 3, 4]))
print(statistics.variance([1.5, 2.5, 2.5, 2.75]), statistics.fmean([1, 2]), statistics.median_low([1, 2, 3, 4]), statistics.pstdev([1, 2, 3]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal('0.5'), Decimal('0.25')]), statistics.quantiles([1, 2, 3, 4, 5, 6]))
