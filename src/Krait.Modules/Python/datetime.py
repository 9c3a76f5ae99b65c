"""Dates, times and time intervals (Krait's own datetime, written from the documented behaviour)."""

import time as _time
import math as _math
import operator as _operator

MINYEAR = 1
MAXYEAR = 9999

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")

_MDAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MSTART = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MAX_ORDINAL = 3652059
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MON_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MON_FULL = (None, "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MDAYS[m]


def _ordinal(y, m, d):
    # Days before year y, plus days before month m in y, plus d.
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _MSTART[m]
    if m > 2 and _leap(y):
        n += 1
    return n + d


def _from_ordinal(n):
    # Split into 400-, 100-, 4- and 1-year cycles counted from 0001-01-01.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        return y - 1, 12, 31
    leap = _leap(y)
    m = 12
    while True:
        start = _MSTART[m] + (1 if m > 2 and leap else 0)
        if start <= n:
            return y, m, n - start + 1
        m -= 1


def _week1_monday(year):
    first = _ordinal(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _operator.index(v)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_days(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute = _index(hour), _index(minute)
    second, microsecond = _index(second), _index(microsecond)
    if hour < 0 or hour > 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, int(fold)


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _type_name(obj):
    t = type(obj)
    if t.__module__ == "datetime":
        return "datetime." + t.__name__
    return t.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _div_round_even(a, b):
    # a / b rounded to the nearest integer, ties to even (b > 0 or b < 0).
    q, r = divmod(a, b)
    r2 = r * 2
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


def _round_half_even(x):
    return round(x)


def _offset_text(off, sep=":"):
    # +HH:MM[:SS[.ffffff]] for a utcoffset() value.
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    mm, ss = divmod(off.days * 86400 + off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (off,))


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


# --- strftime ------------------------------------------------------------------------------------------------

def _format_time(fmt, tt, us, offset, zone, epoch):
    """strftime in the C locale, with glibc's flags (- _ 0 ^ #) and field widths."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, mday, hour, minute, sec, wday, yday = tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        start = i
        i += 1
        flag = ""
        while i < n and fmt[i] in "-_0^#":
            flag = fmt[i] if fmt[i] in "-_0" or not flag else flag
            if fmt[i] == "^":
                flag = flag + "^" if flag != "^" else flag
            i += 1
        width = ""
        while i < n and fmt[i].isdigit():
            width += fmt[i]
            i += 1
        if i < n and fmt[i] in "EO":
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        conv = fmt[i]
        i += 1
        upper = "^" in flag
        swap = "#" in flag
        pad_flag = flag.replace("^", "").replace("#", "")
        num = None
        numw = 2
        pad = "0"
        text = None
        if conv == "Y":
            num, numw = year, 1
        elif conv == "C":
            num = year // 100
        elif conv == "y":
            num = year % 100
        elif conv == "G" or conv == "g" or conv == "V":
            iy, iw, _ = _iso_calendar(year, month, mday)
            if conv == "G":
                num, numw = iy, 1
            elif conv == "g":
                num = iy % 100
            else:
                num = iw
        elif conv == "m":
            num = month
        elif conv == "d":
            num = mday
        elif conv == "e":
            num, pad = mday, " "
        elif conv == "j":
            num, numw = yday, 3
        elif conv == "H":
            num = hour
        elif conv == "k":
            num, pad = hour, " "
        elif conv == "I":
            num = (hour + 11) % 12 + 1
        elif conv == "l":
            num, pad = (hour + 11) % 12 + 1, " "
        elif conv == "M":
            num = minute
        elif conv == "S":
            num = sec
        elif conv == "f":
            num, numw = us, 6
        elif conv == "w":
            num, numw = (wday + 1) % 7, 1
        elif conv == "u":
            num, numw = wday + 1, 1
        elif conv == "U":
            num = (yday + 6 - (wday + 1) % 7) // 7
        elif conv == "W":
            num = (yday + 6 - wday) // 7
        elif conv == "s":
            num, numw = epoch(), 1
        elif conv == "a":
            text = _DAY_NAMES[wday]
        elif conv == "A":
            text = _DAY_FULL[wday]
        elif conv == "b" or conv == "h":
            text = _MON_NAMES[month]
        elif conv == "B":
            text = _MON_FULL[month]
        elif conv == "p":
            text = "AM" if hour < 12 else "PM"
        elif conv == "P":
            text = "am" if hour < 12 else "pm"
        elif conv == "c":
            text = "%s %s %2d %02d:%02d:%02d %d" % (_DAY_NAMES[wday], _MON_NAMES[month], mday, hour, minute, sec, year)
        elif conv == "x" or conv == "D":
            text = "%02d/%02d/%02d" % (month, mday, year % 100)
        elif conv == "X" or conv == "T":
            text = "%02d:%02d:%02d" % (hour, minute, sec)
        elif conv == "F":
            text = "%d-%02d-%02d" % (year, month, mday)
        elif conv == "R":
            text = "%02d:%02d" % (hour, minute)
        elif conv == "r":
            text = "%02d:%02d:%02d %s" % ((hour + 11) % 12 + 1, minute, sec, "AM" if hour < 12 else "PM")
        elif conv == "n":
            text = "\n"
        elif conv == "t":
            text = "\t"
        elif conv == "%":
            text = "%"
        elif conv == "z":
            text = "" if offset is None else _offset_text(offset, "")
        elif conv == "Z":
            text = zone if zone is not None else ""
        else:
            out.append(fmt[start:i])
            continue
        if num is not None:
            neg = num < 0
            digits = str(-num if neg else num)
            w = int(width) if width else numw
            if pad_flag == "-":
                pass
            else:
                p = " " if pad_flag == "_" else ("0" if pad_flag == "0" else pad)
                if len(digits) < w - (1 if neg else 0):
                    digits = p * (w - len(digits) - (1 if neg else 0)) + digits
            text = ("-" if neg else "") + digits
        else:
            if upper:
                text = text.upper()
            elif swap:
                text = text.lower() if conv in "pZ" else text.upper()
            if width:
                w = int(width)
                if len(text) < w:
                    text = ("0" if pad_flag == "0" else " ") * (w - len(text)) + text
        out.append(text)
    return "".join(out)


def _iso_calendar(year, month, day):
    today = _ordinal(year, month, day)
    monday = _week1_monday(year)
    week, wd = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        monday = _week1_monday(year)
        week, wd = divmod(today - monday, 7)
    elif week >= 52 and today >= _week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, wd + 1


def _struct(y, m, d, hh, mm, ss, dst):
    wday = (_ordinal(y, m, d) + 6) % 7
    yday = _ordinal(y, m, d) - _ordinal(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# --- timedelta -----------------------------------------------------------------------------------------------

_US_PER = {"microseconds": 1, "milliseconds": 1000, "seconds": 1000000, "minutes": 60000000,
           "hours": 3600000000, "days": 86400000000, "weeks": 604800000000}


class timedelta:
    """Difference between two datetime values."""
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        left = 0.0
        for name, value in (("microseconds", microseconds), ("milliseconds", milliseconds),
                            ("seconds", seconds), ("minutes", minutes), ("hours", hours),
                            ("days", days), ("weeks", weeks)):
            factor = _US_PER[name]
            if isinstance(value, int):
                total += value * factor
            elif isinstance(value, float):
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    frac, whole = _math.modf(frac * factor)
                    total += int(whole)
                    left += frac
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (name, type(value).__name__))
        if left:
            whole = _math.floor(left + 0.5) if left >= 0 else -_math.floor(-left + 0.5)
            if abs(whole - left) == 0.5:
                odd = total & 1
                whole = 2.0 * round((left + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if not -999999999 <= d <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days, self._seconds, self._microseconds, self._hashcode = d, s, us, -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(parts))

    def __str__(self):
        secs = self._seconds
        s = "%d:%02d:%02d" % (secs // 3600, secs // 60 % 60, secs % 60)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return timedelta._from_us(self._us() + other._us())

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return timedelta._from_us(self._us() - other._us())

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_div_round_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_round_even(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_us(_div_round_even(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- date ----------------------------------------------------------------------------------------------------

class date:
    """date(year, month, day) --> date object"""
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        self = object.__new__(cls)
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hashcode = -1
        return self

    @classmethod
    def _make(cls, y, m, d):
        if cls is date:
            self = object.__new__(cls)
            self._year = y
            self._month = m
            self._day = d
            self._hashcode = -1
            return self
        return cls(y, m, d)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(_ts_seconds(t)[0])[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            fields = _parse_iso_date(s)
        except _IsoSyntaxError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = (_ordinal(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[wd], _MON_NAMES[self._month], self._day, self._year)

    def strftime(self, format):
        return _format_time(format, self.timetuple(), 0, None, None,
                            lambda: _local_epoch_seconds(self._year, self._month, self._day, 0, 0, 0, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def _order(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _cmp(self._key(), other._key())
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        n = self.toordinal() + other.days
        if n <= 0 or n > _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return type(self)._make(*_from_ordinal(n))

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0], doc="the ISO year")
    week = property(lambda self: self[1], doc="the ISO week number, 1..53")
    weekday = property(lambda self: self[2], doc="the ISO weekday, 1 (Monday) .. 7")

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self), self[0], self[1], self[2])


def _from_iso_calendar(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = (_ordinal(year, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _leap(year))
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    n = _week1_monday(year) + (week - 1) * 7 + day - 1
    return _from_ordinal(n)


_date_type = date
date.min, date.max = date(1, 1, 1), date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- tzinfo and timezone -------------------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, "__dict__", None) or None)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and cls is timezone:
            try:
                return timezone.utc
            except AttributeError:
                pass
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s" % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset)

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None, not %s" % type(dt).__name__)
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --- time ----------------------------------------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s[:1] == "T" and len(s) > 1 else s
        try:
            fields = _parse_iso_time(t)
        except _IsoSyntaxError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(*fields)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_offset("dst", off)
        return off

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, eq):
        if not isinstance(other, time):
            return None
        a, b = self.utcoffset(), other.utcoffset()
        if self._tzinfo is other._tzinfo or a == b:
            return _cmp(self._us(), other._us())
        if a is None or b is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._us() - a._us(), other._us() - b._us())

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash((t._us() - off._us(),))
        return self._hashcode

    def __bool__(self):
        return True

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_type_name(self), s)

    def isoformat(self, timespec="auto"):
        s = _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _offset_text(off)
        return s

    __str__ = isoformat

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _format_time(format, tt, self._microsecond, self.utcoffset(), self.tzname(),
                            lambda: _local_epoch_seconds(1900, 1, 1, self._hour, self._minute, self._second, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


_time_type = time
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _time_text(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


# --- ISO 8601 parsing (the forms 3.11's fromisoformat accepts) -------------------------------------------------

class _IsoSyntaxError(ValueError):
    pass


def _digits(s, i, n):
    part = s[i:i + n]
    if len(part) != n or not all("0" <= c <= "9" for c in part):
        raise _IsoSyntaxError()
    return int(part)


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D, YYYYWwwD
    y = _digits(s, 0, 4)
    extended = len(s) > 4 and s[4] == "-"
    i = 5 if extended else 4
    if s[i:i + 1] == "W":
        i += 1
        w = _digits(s, i, 2)
        i += 2
        d = 1
        if len(s) > i:
            if extended:
                if s[i] != "-":
                    raise _IsoSyntaxError()
                i += 1
            d = _digits(s, i, 1)
            i += 1
        if len(s) != i:
            raise _IsoSyntaxError()
        return _from_iso_calendar(y, w, d)
    m = _digits(s, i, 2)
    i += 2
    if extended:
        if s[i:i + 1] != "-":
            raise _IsoSyntaxError()
        i += 1
    d = _digits(s, i, 2)
    if len(s) != i + 2:
        raise _IsoSyntaxError()
    return y, m, d


def _parse_iso_time(s):
    # HH[:MM[:SS[.fff[fff]]]] or the basic forms, then Z or +HH[:MM[:SS[.ffffff]]]
    tz = None
    cut = len(s)
    for k, c in enumerate(s):
        if c in "+-Z":
            cut = k
            break
    body, tail = s[:cut], s[cut:]
    hh, mm, ss, us = _parse_clock(body)
    if tail:
        if tail == "Z":
            tz = timezone.utc
        else:
            sign = -1 if tail[0] == "-" else 1
            if tail[0] == "Z":
                raise _IsoSyntaxError()
            oh, om, os_, ous = _parse_clock(tail[1:])
            off = timedelta(hours=oh, minutes=om, seconds=os_, microseconds=ous)
            tz = timezone.utc if not off else timezone(sign * off)
    return hh, mm, ss, us, tz


def _parse_clock(s):
    n = len(s)
    if n < 2:
        raise _IsoSyntaxError()
    hh = _digits(s, 0, 2)
    mm = ss = us = 0
    i = 2
    extended = n > 2 and s[2] == ":"
    comps = [hh]
    while i < n and len(comps) < 3:
        if extended:
            if s[i] != ":":
                break
            i += 1
        comps.append(_digits(s, i, 2))
        i += 2
    if i < n:
        if len(comps) != 3 or s[i] not in ".,":
            raise _IsoSyntaxError()
        i += 1
        frac = ""
        while i < n and "0" <= s[i] <= "9":
            frac += s[i]
            i += 1
        if i != n or not frac:
            raise _IsoSyntaxError()
        if len(frac) < 6 and len(frac) not in (3,):
            if len(frac) not in (1, 2, 4, 5):
                raise _IsoSyntaxError()
        us = int((frac + "000000")[:6])
    comps += [0] * (3 - len(comps))
    hh, mm, ss = comps
    return hh, mm, ss, us


# --- local time ----------------------------------------------------------------------------------------------

def _ts_seconds(t, rounding_even=True):
    # Whole seconds and microseconds of a timestamp, microseconds rounded half to even.
    if isinstance(t, int):
        return t, 0
    if not isinstance(t, float):
        try:
            t = float(t)
        except TypeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__) from None
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    s = int(whole)
    if us >= 1000000:
        s += 1
        us -= 1000000
    elif us < 0:
        s -= 1
        us += 1000000
    return s, us


def _epoch_seconds(y, m, d, hh, mm, ss):
    return (_ordinal(y, m, d) - 719163) * 86400 + (hh * 60 + mm) * 60 + ss


def _local_fields(u):
    try:
        return _time.localtime(u)[:6]
    except (OverflowError, ValueError, OSError):
        raise OverflowError("timestamp out of range for platform time_t") from None


def _local_wall(u):
    y, m, d, hh, mm, ss = _local_fields(u)
    return _epoch_seconds(y, m, d, hh, mm, ss)


def _local_epoch_seconds(y, m, d, hh, mm, ss, fold):
    # The UTC seconds whose local wall time is the given one. A repeated wall time has two: fold=0 the earlier,
    # fold=1 the later; a skipped one has none: fold=0 takes the later candidate, fold=1 the earlier.
    t = _epoch_seconds(y, m, d, hh, mm, ss)
    shift1 = _local_wall(t) - t
    u1 = t - shift1
    w1 = _local_wall(u1)
    if w1 == t:
        probe = u1 + (86400 if fold else -86400)
        shift2 = _local_wall(probe) - probe
        if shift1 == shift2:
            return u1
    else:
        shift2 = w1 - u1
    u2 = t - shift2
    w2 = _local_wall(u2)
    if w2 == t:
        return u2
    if w1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone(u):
    lt = _time.localtime(u)
    off = getattr(lt, "tm_gmtoff", None)
    zone = getattr(lt, "tm_zone", None)
    if off is None:
        off = _local_wall(u) - u
    return timezone(timedelta(seconds=off), zone)


# --- datetime ------------------------------------------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])"""
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_ts(cls, t, utc, tz):
        s, us = _ts_seconds(t)
        if utc:
            try:
                y, m, d, hh, mm, ss = _time.gmtime(s)[:6]
            except (OverflowError, ValueError, OSError):
                raise OverflowError("timestamp out of range for platform time_t") from None
        else:
            y, m, d, hh, mm, ss = _local_fields(s)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is None and not utc:
            # A wall time that repeats (clocks turned back) gets fold=1 the second time it occurs.
            window = 86400
            before = _local_wall(s - window) - (s - window)
            now_off = _local_wall(s) - s
            if before > now_off:
                trans = now_off - before
                if _local_wall(s + trans) == _local_wall(s):
                    result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        result = cls._from_ts(t, tz is not None, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_ts(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_type):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_type):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(s) < 7:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        try:
            # The date part is 7, 8 or 10 characters; a separator (any character) may follow.
            dlen = _iso_date_length(s)
            y, m, d = _parse_iso_date(s[:dlen])
            rest = s[dlen:]
            if rest:
                rest = rest[1:]
                if not rest:
                    raise _IsoSyntaxError()
                hh, mm, ss, us, tz = _parse_iso_time(rest)
            else:
                hh = mm = ss = us = 0
                tz = None
        except _IsoSyntaxError:
            raise ValueError("Invalid isoformat string: %r" % (s,)) from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        tt, us, gmtoff, zone = _strptime(date_string, format)
        tz = None
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff[0], microseconds=gmtoff[1])
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], us, tz)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct(self._year, self._month, self._day, self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _struct(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def _local_seconds(self):
        return _local_epoch_seconds(self._year, self._month, self._day, self._hour, self._minute, self._second,
                                    self._fold)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            u = self._local_seconds()
            mytz = _local_timezone(u)
            off = mytz._offset
        else:
            off = mytz.utcoffset(self)
            if off is None:
                u = self.replace(tzinfo=None)._local_seconds()
                mytz = _local_timezone(u)
                off = mytz._offset
        if tz is mytz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        if tz is None:
            u = (utc.replace(tzinfo=None) - _NAIVE_EPOCH) // timedelta(seconds=1)
            tz = _local_timezone(u)
            utc = utc.replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = (_ordinal(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[wd], _MON_NAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s" % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _time_text(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _offset_text(off)
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def strftime(self, format):
        return _format_time(format, self.timetuple(), self._microsecond, self.utcoffset(), self.tzname(),
                            lambda: (int(self.timestamp() // 1) if self._tzinfo is not None
                                     else self._local_seconds()))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_offset("dst", off)
        return off

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _us_naive(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second) * 1000000
                + self._microsecond)

    def _compare(self, other, eq):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if eq:
                    return 2
                raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
            return None
        mytz, ottz = self._tzinfo, other._tzinfo
        if mytz is ottz:
            return _cmp(self._us_naive(), other._us_naive())
        a, b = self.utcoffset(), other.utcoffset()
        if eq:
            # Times in a fold or gap compare unequal to everything in another zone.
            if self.replace(fold=not self._fold).utcoffset() != a:
                return 2
            if other.replace(fold=not other._fold).utcoffset() != b:
                return 2
        if a == b:
            return _cmp(self._us_naive(), other._us_naive())
        if a is None or b is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._us_naive() - a._us(), other._us_naive() - b._us())

    def __eq__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, True)
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash((t._us_naive() - off._us(),))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_naive() + other._us()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, 1000000)
        mm, ss = divmod(secs, 60)
        hh, mm = divmod(mm, 60)
        y, m, d = _from_ordinal(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._us_naive() - other._us_naive()
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if a is not None:
                diff -= a._us() - b._us()
        return timedelta._from_us(diff)

    def __reduce__(self):
        args = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return (type(self), args)


def _iso_date_length(s):
    # 10 for YYYY-MM-DD / YYYY-Www-D, 8 for YYYYMMDD / YYYY-Www / YYYYWwwD, 7 for YYYYWww.
    if len(s) > 4 and s[4] == "-":
        if s[5:6] == "W":
            return 10 if len(s) > 8 and s[8] == "-" else 8
        return 10
    if s[4:5] == "W":
        return 8 if len(s) > 7 and "0" <= s[7] <= "9" else 7
    return 8


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_NAIVE_EPOCH = datetime(1970, 1, 1)


# --- strptime (C locale) -------------------------------------------------------------------------------------

_STRP_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "A": r"(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    "a": r"(?P<a>mon|tue|wed|thu|fri|sat|sun)",
    "B": r"(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)",
    "b": r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    "p": r"(?P<p>am|pm)",
    "Z": r"(?P<Z>utc|gmt)",
    "%": "%",
}
_STRP_COMPOUND = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S", "D": "%m/%d/%y",
                  "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d", "r": "%I:%M:%S %p", "h": "%b", "e": "%d"}
_strp_cache = {}


def _strp_regex(fmt):
    import re
    compiled = _strp_cache.get(fmt)
    if compiled is not None:
        return compiled
    seen = set()
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray % in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _STRP_COMPOUND:
                expanded = _strp_regex_text(_STRP_COMPOUND[d], seen)
                out.append(expanded)
                continue
            pat = _STRP_PATTERNS.get(d)
            if pat is None:
                if d == "\\":
                    raise ValueError("'\\\\' is a bad directive in format '%s'" % fmt)
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
            if d in seen and d != "%":
                out.append("(?P=%s)" % d)
            else:
                seen.add(d)
                out.append(pat)
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        else:
            out.append(re.escape(c))
            i += 1
    compiled = re.compile("".join(out), re.IGNORECASE)
    if len(_strp_cache) > 100:
        _strp_cache.clear()
    _strp_cache[fmt] = compiled
    return compiled


def _strp_regex_text(fmt, seen):
    import re
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            d = fmt[i + 1]
            i += 2
            if d in seen:
                out.append("(?P=%s)" % d)
            else:
                seen.add(d)
                out.append(_STRP_PATTERNS[d])
        elif c == " ":
            out.append(r"\s+")
            i += 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def _strptime(data, fmt):
    for name, value in (("data", data), ("format", fmt)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (1 if name == "data" else 2, type(value).__name__))
    rx = _strp_regex(fmt)
    m = rx.match(data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if len(data) != m.end():
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    year = None
    month = day = 1
    hour = minute = second = us = 0
    gmtoff = None
    zone = None
    weekday = julian = None
    week_of_year = None
    week_starts_monday = False
    iso_year = iso_week = None
    for key, val in g.items():
        if val is None:
            continue
        if key == "y":
            year = int(val)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(val)
        elif key == "G":
            iso_year = int(val)
        elif key == "m":
            month = int(val)
        elif key == "B":
            month = [x.lower() if x else x for x in _MON_FULL].index(val.lower())
        elif key == "b":
            month = [x.lower() if x else x for x in _MON_NAMES].index(val.lower())
        elif key == "d":
            day = int(val)
        elif key == "H":
            hour = int(val)
        elif key == "I":
            hour = int(val)
            ampm = (g.get("p") or "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif key == "M":
            minute = int(val)
        elif key == "S":
            second = int(val)
        elif key == "f":
            us = int(val + "0" * (6 - len(val)))
        elif key == "A":
            weekday = [x.lower() for x in _DAY_FULL].index(val.lower())
        elif key == "a":
            weekday = [x.lower() for x in _DAY_NAMES].index(val.lower())
        elif key == "w":
            weekday = (int(val) - 1) % 7
        elif key == "u":
            weekday = int(val) - 1
        elif key == "j":
            julian = int(val)
        elif key in ("U", "W"):
            week_of_year = int(val)
            week_starts_monday = key == "W"
        elif key == "V":
            iso_week = int(val)
        elif key == "z":
            if val == "Z":
                gmtoff = (0, 0)
            else:
                sign = -1 if val[0] == "-" else 1
                body = val[1:]
                if ":" in body:
                    if body[2:3] != ":" or (len(body) > 5 and body[5:6] != ":"):
                        raise ValueError("Inconsistent use of : in %s" % val)
                    body = body.replace(":", "")
                hh = int(body[0:2])
                mi = int(body[2:4])
                ss = int(body[4:6] or 0)
                frac = body[7:]
                fus = int(frac + "0" * (6 - len(frac))) if frac else 0
                secs = (hh * 60 + mi) * 60 + ss
                gmtoff = (sign * secs, sign * fus)
        elif key == "Z":
            zone = val
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = (_ordinal(year, 1, 1) + 6) % 7
            if week_starts_monday:
                first_week_start = (7 - first) % 7
                wd = weekday
            else:
                first_week_start = (7 - ((first + 1) % 7)) % 7
                wd = (weekday + 1) % 7
            if week_of_year == 0:
                julian = 1 + wd - (7 - first_week_start) % 7 if first_week_start else None
                julian = 1 + wd - ((first + (0 if week_starts_monday else 1)) % 7)
            else:
                julian = first_week_start + 7 * (week_of_year - 1) + wd + 1
        elif iso_year is not None and iso_week is not None:
            y, mth, dd = _from_iso_calendar(iso_year, iso_week, weekday + 1)
            year = y
            julian = _ordinal(y, mth, dd) - _ordinal(y, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is not None:
        y, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
        year = y
    else:
        if not 1 <= day <= _month_days(year, month):
            raise ValueError("day is out of range for month")
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second), us, gmtoff, zone



