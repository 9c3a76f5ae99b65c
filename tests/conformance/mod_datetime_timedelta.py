import datetime as dt
from datetime import date, time, datetime, timedelta, timezone, tzinfo

print(dt.MINYEAR, dt.MAXYEAR)
# timedelta construction and normalisation
for args, kw in [((), {}), ((1,), {}), ((0, 1), {}), ((0, 0, 1), {}), ((-1,), {}), ((0, -1), {}),
                 ((1.5,), {}), ((0, 0.5), {}), ((0, 0, 0.5), {}), ((0, 0, 1.5), {}), ((0, 0, 2.5), {}),
                 ((), {'weeks': 2, 'hours': -3, 'minutes': 90}), ((), {'milliseconds': 1.0005}),
                 ((), {'hours': 1e-7}), ((1, 86401, 1000001), {}), ((-1, -1, -1), {}), ((0.1, 0.2, 0.3), {})]:
    t = timedelta(*args, **kw)
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))
for bad in [lambda: timedelta(days=1000000000), lambda: timedelta('1'), lambda: timedelta(hours=None),
            lambda: timedelta.max + timedelta(1), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
            ]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: timedelta(1) < 1, lambda: timedelta(1) + 1, lambda: timedelta(1) * 'x', lambda: 1 - timedelta(1)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError')
a, b = timedelta(days=1, hours=2), timedelta(minutes=-45, seconds=7)
print(a + b, a - b, -a, +b, abs(b), a * 3, 3 * a, a * 0.5, a * 1.3, a / 4, a / 7, a / 0.3, a // 5, a / b, a // b,
      a % b, divmod(a, b), b * -1.5)
print(a == timedelta(hours=26), a != b, a < b, a > b, a <= a, a == 5, a != 'x')
print(hash(a) == hash(timedelta(hours=26)), bool(timedelta(0)), bool(b))
print(timedelta(microseconds=-1), timedelta(days=-2, seconds=3), timedelta(days=5, microseconds=7))
print(timedelta(seconds=1) / 3, timedelta(seconds=2) * (1/3))
print(sorted([a, b, timedelta(0)]))
d = {timedelta(1): 'one'}
print(d[timedelta(hours=24)])
