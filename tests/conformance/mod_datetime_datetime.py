from datetime import date, time, datetime, timedelta, timezone, tzinfo
import datetime as dt

x = datetime(2023, 7, 14, 9, 30, 15, 123456)
print(x, repr(x), x.date(), x.time(), repr(x.timetz()), x.ctime(), x.isoformat(), x.isoformat(' '), x.isoformat('T', 'minutes'))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)), repr(datetime(2020, 1, 1, 0, 0, 0, 1)))
print(x.timetuple(), x.utctimetuple())
print(x + timedelta(hours=20), x - timedelta(days=400, microseconds=5), x - datetime(2000, 1, 1), datetime(2000, 1, 1) - x)
print(x.replace(hour=0, microsecond=0), x.replace(tzinfo=timezone.utc), x.weekday(), x.toordinal(), x.isocalendar())
print(datetime.combine(date(2020, 5, 6), time(7, 8)), repr(datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=timezone.utc))))
print(datetime.min, datetime.max, datetime.resolution)
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %c %x %X %j %p %I %%'), x.strftime('%y|%e|%D|%T|%F|%R|%r|%C|%G|%g|%V|%u|%k|%l|%h|%n|%t|'))
print(x.strftime('%-d %_d %02d %-m %^a %^B %#b %5Y %-H %10A %zEND%Z'), format(x, '%H:%M'), '{:%Y/%m}'.format(x), f'{x:%d}')
u = timezone.utc
a = datetime(2020, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
print(a, repr(a), a.utcoffset(), a.tzname(), a.dst(), a.strftime('%z %Z'), a.isoformat(), a.timetuple().tm_isdst)
print(a.astimezone(u), a.astimezone(timezone(timedelta(hours=-8))), a.timestamp(), a.utctimetuple())
print(a == datetime(2020, 3, 1, 6, 30, tzinfo=u), a == datetime(2020, 3, 1, 6, 30), a - datetime(2020, 3, 1, tzinfo=u))
print(hash(a) == hash(datetime(2020, 3, 1, 6, 30, tzinfo=u)), a < datetime(2020, 3, 1, 7, tzinfo=u))
print(datetime.fromtimestamp(0, u), datetime.fromtimestamp(1700000000.5, u), datetime.utcfromtimestamp(86400 * 365.25),
      datetime.fromtimestamp(1.0000005, u), datetime.fromtimestamp(-1.5, u), datetime.fromtimestamp(1e9, timezone(timedelta(hours=-3))))
print(datetime(1970, 1, 1, tzinfo=u).timestamp(), datetime(2038, 1, 19, 3, 14, 8, tzinfo=u).timestamp())
for s in ['2011-11-04', '20111104', '2011-11-04T00:05:23', '2011-11-04T00:05:23Z', '20111104T000523',
          '2011-W01-2T00:05:23.283', '2011-11-04 00:05:23.283', '2011-11-04 00:05:23.283+00:00',
          '2011-11-04T00:05:23+04:00', '2011-11-04T00:05:23.283456-07:30:15', '2011-11-04T00:05', '2011-11-04T05',
          '2011-11-04T00:05:23,5', '2011-11-04x12:00', '2025-12-31T24:00:00']:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for s in ['2011-11-04T', '2011-11-04T25:00', '2011-11-04T00:05:23+', 'nope', '2011-11-04T00:05:23.', '2011-11-04T00:05:23+0']:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print(s, 'ValueError', e)
for s, f in [('2023-07-14 09:30:15', '%Y-%m-%d %H:%M:%S'), ('14/07/23', '%d/%m/%y'), ('Jul 4 2020', '%b %d %Y'),
             ('Friday, 14 July 2023', '%A, %d %B %Y'), ('10:30 PM', '%I:%M %p'), ('2023-07-14T09:30:15.25', '%Y-%m-%dT%H:%M:%S.%f'),
             ('2023 195', '%Y %j'), ('2020-05-06 +0130', '%Y-%m-%d %z'), ('2020-05-06 -07:00', '%Y-%m-%d %z'),
             ('2020-05-06 Z', '%Y-%m-%d %z'), ('2020-05-06 UTC', '%Y-%m-%d %Z'), ('12', '%m'), ('2024 1 1', '%G %V %u'),
             ('2023 10 3', '%Y %U %w'), ('2023 10 3', '%Y %W %w'), ('  2023-1-2', ' %Y-%m-%d'), ('100%', '%d%%'),
             ('2023-07-14', '%Y-%m-%d %H'), ('2023-07-14 10', '%Y-%m-%d'), ('02-29', '%m-%d'), ('2023-02-30', '%Y-%m-%d'),
             ('x', '%Q'), ('2023', 1)]:
    try:
        print(repr(datetime.strptime(s, f)))
    except Exception as e:
        print(type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, d): return timedelta(hours=self.h)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return 'F%d' % self.h
f2 = Fixed(2)
y = datetime(2021, 6, 1, 10, tzinfo=f2)
print(y, y.tzname(), y.astimezone(u), u.fromutc(datetime(2020, 1, 1, tzinfo=u)), datetime(2020, 1, 1, tzinfo=u).astimezone(f2))
print(repr(timezone.utc), repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(minutes=-90), 'X')), timezone.min, timezone.max,
      str(timezone(timedelta(0))), timezone(timedelta(0)) is timezone.utc, dt.UTC is timezone.utc, timezone(timedelta(seconds=1)),
      timezone(timedelta(hours=3)) == timezone(timedelta(hours=3), 'Y'), timezone.utc.utcoffset(None))
for f in [lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(1), 3), lambda: tzinfo().utcoffset(None),
          lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=u), lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=u),
          lambda: datetime(2020, 1, 1, 24), lambda: datetime.max + timedelta(1), lambda: x.isoformat(timespec='x'),
          lambda: datetime(2020, 1, 1) < date(2020, 1, 1), lambda: datetime.combine(1, time()), lambda: x.astimezone(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
n = datetime.now()
print(type(n).__name__, abs(datetime.now() - n) < timedelta(seconds=5), type(date.today()).__name__, datetime.utcnow().tzinfo)
print(datetime.now(u).tzinfo, isinstance(x, date), issubclass(datetime, date), type(x.isocalendar()).__name__)
print(sorted({datetime(2020, 1, 2), datetime(2020, 1, 1)}), max(date(2020, 1, 1), date(2019, 1, 1)))
class MyDate(date):
    def double_year(self): return self.year * 2
md = MyDate(2020, 5, 5)
print(repr(md), md.double_year(), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__)
