from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dt

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.isoformat(), str(d), format(d), format(d, '%d/%m/%Y'))
print(d.timetuple())
print(d.replace(year=2023, day=28), d.replace(month=3))
print(d + timedelta(days=1), d - timedelta(days=60), timedelta(days=366) + d, d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(date.fromordinal(1), date.fromordinal(738000), date.fromordinal(3652059))
print(date.min, date.max, date.resolution, repr(date.min))
print(date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisoformat('2021-W01-1'), date.fromisoformat('2021W013'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for y in (2000, 2004, 2008, 2009, 2010, 2015, 2020, 2026, 1900, 1, 9999):
    for m, dd in ((1, 1), (1, 3), (12, 28), (12, 31)):
        print(y, m, dd, date(y, m, dd).isocalendar(), date(y, m, dd).strftime('%U %W %j %a %A %b %B %G %V %u %w'))
print(date(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) != 5,
      hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), sorted([date(2021, 1, 1), date(2020, 5, 5)]))
print(date(2020, 1, 1) == datetime(2020, 1, 1))
errors = [lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2020, 2, 30), lambda: date(2021, 2, 29),
          lambda: date(10000, 1, 1), lambda: date(2020, 0, 1), lambda: date(2020, 1, 0), lambda: date(2020.0, 1, 1),
          lambda: date('2020', 1, 1), lambda: date.fromordinal(0), lambda: date.max + timedelta(1),
          lambda: date.min - timedelta(1), lambda: date.fromisoformat('2021-13-01'), lambda: date.fromisoformat('2021-1-1'),
          lambda: date.fromisoformat(20210101), lambda: date.fromisocalendar(2021, 53, 1),
          lambda: date.fromisocalendar(2021, 1, 8), lambda: date.fromisocalendar(0, 1, 1), 
          lambda: date(2020, 1, 1) < datetime(2020, 1, 1)]
for f in errors:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t = time(13, 5, 9, 250)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, repr(time()), repr(time(1, 2, 3)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
print(t.strftime('%H:%M:%S.%f %I %p %y %j'), format(t, '%H'), format(t, ''))
print(t.replace(hour=1), t.replace(microsecond=0), repr(t.replace(fold=1)))
print(time.fromisoformat('04:05'), time.fromisoformat('04:05:06.123'), time.fromisoformat('040506'),
      repr(time.fromisoformat('04:05:06+05:30')), time.fromisoformat('T04'), time.fromisoformat('04:05:06.1234567'))
print(time.min, time.max, time.resolution, bool(time()), time(1) < time(2), time(1) == time(1, 0))
tz = timezone(timedelta(hours=2))
ta = time(12, 0, tzinfo=tz)
print(ta, repr(ta), ta.utcoffset(), ta.tzname(), ta.dst(), ta == time(10, 0, tzinfo=timezone.utc), ta == time(12))
for f in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 1000000),
          lambda: time(fold=2), lambda: time(tzinfo=5), lambda: ta < time(12), lambda: t.isoformat('bad'),
          lambda: time.fromisoformat('25:00'), lambda: time.fromisoformat('12:3')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
