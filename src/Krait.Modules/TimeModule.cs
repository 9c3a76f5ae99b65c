using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Krait.Runtime;
using Krait.Runtime.Numerics;
using static Krait.Modules.NumArgs;

namespace Krait.Modules;

/// <summary>time.struct_time: a tuple of nine fields (so isinstance(t, tuple), slicing and == with tuples work
/// as a struct sequence's do), plus tm_zone and tm_gmtoff by name.</summary>
public sealed class PyStructTime : PyTuple
{
    public static readonly string[] FieldNames =
        { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" };
    public readonly PyObject Zone, GmtOff;

    public PyStructTime(PyObject[] items, PyObject zone, PyObject gmtoff) : base(items) { Zone = zone; GmtOff = gmtoff; }

    public override PyType Type => TimeModule.StructTimeType;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        int i = Array.IndexOf(FieldNames, name);
        if (i >= 0) { value = Items[i]; return true; }
        if (name == "tm_zone") { value = Zone; return true; }
        if (name == "tm_gmtoff") { value = GmtOff; return true; }
        if (name == "n_fields") { value = PyInt.Get(11); return true; }
        if (name == "n_sequence_fields") { value = PyInt.Get(9); return true; }
        return base.TryGetAttr(name, out value);
    }

    public override string Repr()
    {
        var sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < 9; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(FieldNames[i]).Append('=').Append(Ops.Repr(Items[i]));
        }
        return sb.Append(')').ToString();
    }
}

/// <summary>The time module. Local time follows the process's time zone as .NET sees it (TZ / /etc/localtime);
/// zone abbreviations come from .NET's zone names, with "UTC" for UTC.</summary>
public static class TimeModule
{
    public static readonly PyType StructTimeType = MakeStructTimeType();

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Sec; public long Nsec; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec ts);

    private const int ClockProcessCpu = 2, ClockThreadCpu = 3;

    private static long CpuNs(int clock)
    {
        try
        {
            if (ClockGetTime(clock, out var ts) == 0) return ts.Sec * 1_000_000_000 + ts.Nsec;
        }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
        return (long)(Process.GetCurrentProcess().TotalProcessorTime.Ticks * 100);
    }

    private static long NowNs() => (DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100;

    private static long MonotonicNs()
    {
        long t = Stopwatch.GetTimestamp();
        return (long)((Int128)t * 1_000_000_000 / Stopwatch.Frequency);
    }

    private static PyType MakeStructTimeType()
    {
        var t = new PyType("struct_time", new[] { PyType.TupleType }) { Module = "time" };
        t.Constructor = (a, k) =>
        {
            var b = Bind("struct_time", a, k, new[] { "sequence", "dict" }, 1, 2);
            var items = Ops.ToArray(b[0]!);
            if (items.Length < 9)
                throw Ops.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            if (items.Length > 11)
                throw Ops.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
            return new PyStructTime(items[..9], items.Length > 9 ? items[9] : PyNone.Instance, items.Length > 10 ? items[10] : PyNone.Instance);
        };
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("time", Builtins.Module);
        m.Set("__name__", new PyStr("time"));
        m.Set("struct_time", StructTimeType);
        Def(m, "time", (a, k) => new PyFloat(NowNs() / 1e9));
        Def(m, "time_ns", (a, k) => PyInt.Get(NowNs()));
        Def(m, "perf_counter", (a, k) => new PyFloat(MonotonicNs() / 1e9));
        Def(m, "perf_counter_ns", (a, k) => PyInt.Get(MonotonicNs()));
        Def(m, "monotonic", (a, k) => new PyFloat(MonotonicNs() / 1e9));
        Def(m, "monotonic_ns", (a, k) => PyInt.Get(MonotonicNs()));
        Def(m, "process_time", (a, k) => new PyFloat(CpuNs(ClockProcessCpu) / 1e9));
        Def(m, "process_time_ns", (a, k) => PyInt.Get(CpuNs(ClockProcessCpu)));
        Def(m, "thread_time", (a, k) => new PyFloat(CpuNs(ClockThreadCpu) / 1e9));
        Def(m, "thread_time_ns", (a, k) => PyInt.Get(CpuNs(ClockThreadCpu)));
        Def(m, "sleep", (a, k) =>
        {
            One("time.sleep", a, k);
            double s = a[0] is PyFloat f ? f.Value
                : IsInt(a[0]) ? Ops.ToDouble(a[0])
                : throw Ops.TypeError($"'{a[0].Type.TpName}' object cannot be interpreted as an integer");
            if (double.IsNaN(s)) throw Ops.ValueError("Invalid value NaN (not a number)");
            if (s < 0) throw Ops.ValueError("sleep length must be non-negative");
            // Other threads run meanwhile, and a signal's handler runs (and may raise) before the sleep goes on.
            if (s > 0) Signals.Sleep(Math.Min(s, TimeSpan.MaxValue.TotalSeconds / 2));
            else using (Gil.Blocking()) Thread.Yield();
            return PyNone.Instance;
        });
        Def(m, "gmtime", (a, k) =>
        {
            Tuple("gmtime", a, k, 0, 1);
            long secs = a.Length == 0 || a[0] == PyNone.Instance ? FloorDiv(NowNs(), 1_000_000_000) : Seconds(a[0]);
            return Broken(secs, 0, "GMT", 0);
        });
        Def(m, "localtime", (a, k) =>
        {
            Tuple("localtime", a, k, 0, 1);
            long secs = a.Length == 0 || a[0] == PyNone.Instance ? FloorDiv(NowNs(), 1_000_000_000) : Seconds(a[0]);
            return Local(secs);
        });
        Def(m, "mktime", (a, k) =>
        {
            One("time.mktime", a, k);
            var f = Fields(a[0], "mktime");
            long y = f[0], mo = f[1] - 1;
            y += FloorDiv(mo, 12);
            mo = mo - FloorDiv(mo, 12) * 12;
            long days = DaysFromCivil(y, mo + 1, 1) + f[2] - 1;
            long local = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
            long offset = OffsetForLocal(local);
            return new PyFloat(local - offset);
        });
        Def(m, "asctime", (a, k) =>
        {
            Tuple("asctime", a, k, 0, 1);
            var f = a.Length == 0 ? Fields(Local(FloorDiv(NowNs(), 1_000_000_000)), "asctime") : Fields(a[0], "asctime");
            return new PyStr(AscTime(f));
        });
        Def(m, "ctime", (a, k) =>
        {
            Tuple("ctime", a, k, 0, 1);
            long secs = a.Length == 0 || a[0] == PyNone.Instance ? FloorDiv(NowNs(), 1_000_000_000) : Seconds(a[0]);
            return new PyStr(AscTime(Fields(Local(secs), "ctime")));
        });
        Def(m, "strftime", (a, k) =>
        {
            Tuple("strftime", a, k, 1, 2);
            if (a[0] is not PyStr fmt) throw Ops.TypeError($"strftime() argument 1 must be str, not {a[0].Type.TpName}");
            PyObject t = a.Length > 1 ? a[1] : Local(FloorDiv(NowNs(), 1_000_000_000));
            var f = Fields(t, "strftime");
            CheckFields(f);
            string zone = t is PyStructTime st && st.Zone is PyStr z ? z.Value : LocalZoneName(f[8] > 0);
            long gmtoff = t is PyStructTime st2 && IsInt(st2.GmtOff) ? Ops.Index(st2.GmtOff) : (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
            return new PyStr(StrFTime(fmt.Value, f, zone, gmtoff));
        });
        var tz = TimeZoneInfo.Local;
        long std = (long)tz.BaseUtcOffset.TotalSeconds;
        m.Set("timezone", PyInt.Get(-std));
        m.Set("altzone", PyInt.Get(-(std + (tz.SupportsDaylightSavingTime ? 3600 : 0))));
        m.Set("daylight", PyInt.Get(tz.SupportsDaylightSavingTime ? 1 : 0));
        m.Set("tzname", new PyTuple(new PyObject[] { new PyStr(LocalZoneName(false)), new PyStr(LocalZoneName(true)) }));
        return m;
    }

    private static string LocalZoneName(bool dst)
    {
        var tz = TimeZoneInfo.Local;
        if (tz.BaseUtcOffset == TimeSpan.Zero && !tz.SupportsDaylightSavingTime) return "UTC";
        return dst ? tz.DaylightName : tz.StandardName;
    }

    private static long FloorDiv(long a, long b) => IntegerMath.TryFloorDivide(a, b, out long q) ? q : a / b;

    /// <summary>A timestamp argument as whole seconds (floor, as CPython's time_t conversion for gmtime).</summary>
    private static long Seconds(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw Ops.ValueError("Invalid value NaN (not a number)");
            double fl = Math.Floor(f.Value);
            if (!(fl >= -9.2e18 && fl <= 9.2e18)) throw Ops.OverflowError("timestamp out of range for platform time_t");
            return (long)fl;
        }
        if (IsInt(o))
        {
            var b = Ops.ToBig(o);
            if (b < long.MinValue || b > long.MaxValue) throw Ops.OverflowError("timestamp out of range for platform time_t");
            return (long)b;
        }
        throw Ops.TypeError($"'{o.Type.TpName}' object cannot be interpreted as an integer");
    }

    // Days since 1970-01-01 of a proleptic Gregorian date, and back (era-based civil calendar arithmetic).
    private static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = FloorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static (long Y, int M, int D) CivilFromDays(long z)
    {
        z += 719468;
        long era = FloorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    private static PyStructTime Broken(long secs, long offset, string zone, int isdst)
    {
        long t = secs + offset;
        long days = FloorDiv(t, 86400);
        long rem = t - days * 86400;
        var (y, mo, d) = CivilFromDays(days);
        int wday = (int)(((days + 3) % 7 + 7) % 7);
        long yday = days - DaysFromCivil(y, 1, 1) + 1;
        var items = new PyObject[]
        {
            PyInt.Get(y), PyInt.Get(mo), PyInt.Get(d), PyInt.Get(rem / 3600), PyInt.Get(rem % 3600 / 60), PyInt.Get(rem % 60),
            PyInt.Get(wday), PyInt.Get(yday), PyInt.Get(isdst),
        };
        return new PyStructTime(items, new PyStr(zone), PyInt.Get(offset));
    }

    private static PyStructTime Local(long secs)
    {
        var tz = TimeZoneInfo.Local;
        long offset = 0;
        bool dst = false;
        if (secs > -62135596800L && secs < 253402300799L)
        {
            var dto = DateTimeOffset.FromUnixTimeSeconds(secs);
            offset = (long)tz.GetUtcOffset(dto).TotalSeconds;
            dst = tz.IsDaylightSavingTime(dto);
        }
        else offset = (long)tz.BaseUtcOffset.TotalSeconds;
        return Broken(secs, offset, LocalZoneName(dst), dst ? 1 : 0);
    }

    private static long OffsetForLocal(long localSecs)
    {
        var tz = TimeZoneInfo.Local;
        if (localSecs > -62135596800L && localSecs < 253402300799L)
        {
            var dt = new DateTime(DateTime.UnixEpoch.Ticks + localSecs * TimeSpan.TicksPerSecond, DateTimeKind.Unspecified);
            return (long)tz.GetUtcOffset(dt).TotalSeconds;
        }
        throw Ops.OverflowError("mktime argument out of range");
    }

    /// <summary>The nine fields of a struct_time or 9-tuple.</summary>
    private static long[] Fields(PyObject t, string fname)
    {
        PyObject[] items = t switch
        {
            PyStructTime st => st.Items,
            PyTuple tu => tu.Items,
            _ => throw Ops.TypeError("Tuple or struct_time argument required"),
        };
        if (items.Length != 9) throw Ops.TypeError($"{fname}(): illegal time tuple argument");
        var r = new long[9];
        for (int i = 0; i < 9; i++)
        {
            if (!IsInt(items[i])) throw Ops.TypeError($"'{items[i].Type.TpName}' object cannot be interpreted as an integer");
            r[i] = Ops.Index(items[i]);
        }
        return r;
    }

    private static void CheckFields(long[] f)
    {
        if (f[1] == 0) f[1] = 1;
        else if (f[1] < 1 || f[1] > 12) throw Ops.ValueError("month out of range");
        if (f[2] == 0) f[2] = 1;
        else if (f[2] < 1 || f[2] > 31) throw Ops.ValueError("day of month out of range");
        if (f[3] < 0 || f[3] > 23) throw Ops.ValueError("hour out of range");
        if (f[4] < 0 || f[4] > 59) throw Ops.ValueError("minute out of range");
        if (f[5] < 0 || f[5] > 61) throw Ops.ValueError("seconds out of range");
        if (f[6] < 0) throw Ops.ValueError("day of week out of range");
        f[6] %= 7;
        if (f[7] == 0) f[7] = 1;
        else if (f[7] < 1 || f[7] > 366) throw Ops.ValueError("day of year out of range");
        if (f[8] < -1) f[8] = -1;
        else if (f[8] > 1) f[8] = 1;
    }

    private static readonly string[] s_days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    private static readonly string[] s_months = { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" };

    private static string AscTime(long[] f)
    {
        CheckFields(f);
        return $"{s_days[f[6]][..3]} {s_months[f[1] - 1][..3]} {f[2],2} {f[3]:00}:{f[4]:00}:{f[5]:00} {f[0]}";
    }

    /// <summary>strftime in the C locale for the directives glibc supports; unknown ones are copied.</summary>
    private static string StrFTime(string fmt, long[] f, string zone, long gmtoff)
    {
        var sb = new StringBuilder();
        long year = f[0], mon = f[1], mday = f[2], hour = f[3], min = f[4], sec = f[5], wday = f[6], yday = f[7] - 1;
        long cwday = (wday + 1) % 7; // Sunday = 0
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            char d = fmt[++i];
            switch (d)
            {
                case 'a': sb.Append(s_days[wday][..3]); break;
                case 'A': sb.Append(s_days[wday]); break;
                case 'b': case 'h': sb.Append(s_months[mon - 1][..3]); break;
                case 'B': sb.Append(s_months[mon - 1]); break;
                case 'c': sb.Append(StrFTime("%a %b %e %H:%M:%S %Y", f, zone, gmtoff)); break;
                case 'C': sb.Append((FloorDiv(year, 100)).ToString("00")); break;
                case 'd': sb.Append(mday.ToString("00")); break;
                case 'D': sb.Append(StrFTime("%m/%d/%y", f, zone, gmtoff)); break;
                case 'e': sb.Append(mday.ToString().PadLeft(2)); break;
                case 'F': sb.Append(StrFTime("%Y-%m-%d", f, zone, gmtoff)); break;
                case 'H': sb.Append(hour.ToString("00")); break;
                case 'I': sb.Append((hour % 12 == 0 ? 12 : hour % 12).ToString("00")); break;
                case 'j': sb.Append((yday + 1).ToString("000")); break;
                case 'k': sb.Append(hour.ToString().PadLeft(2)); break;
                case 'l': sb.Append((hour % 12 == 0 ? 12 : hour % 12).ToString().PadLeft(2)); break;
                case 'm': sb.Append(mon.ToString("00")); break;
                case 'M': sb.Append(min.ToString("00")); break;
                case 'n': sb.Append('\n'); break;
                case 'p': sb.Append(hour < 12 ? "AM" : "PM"); break;
                case 'P': sb.Append(hour < 12 ? "am" : "pm"); break;
                case 'r': sb.Append(StrFTime("%I:%M:%S %p", f, zone, gmtoff)); break;
                case 'R': sb.Append(StrFTime("%H:%M", f, zone, gmtoff)); break;
                case 'S': sb.Append(sec.ToString("00")); break;
                case 't': sb.Append('\t'); break;
                case 'T': sb.Append(StrFTime("%H:%M:%S", f, zone, gmtoff)); break;
                case 'u': sb.Append(wday + 1); break;
                case 'w': sb.Append(cwday); break;
                case 'U': sb.Append(((yday + 7 - cwday) / 7).ToString("00")); break;
                case 'W': sb.Append(((yday + 7 - wday) / 7).ToString("00")); break;
                case 'x': sb.Append(StrFTime("%m/%d/%y", f, zone, gmtoff)); break;
                case 'X': sb.Append(StrFTime("%H:%M:%S", f, zone, gmtoff)); break;
                case 'y': sb.Append((((year % 100) + 100) % 100).ToString("00")); break;
                case 'Y': sb.Append(year); break;
                case 'G': sb.Append(IsoWeek(year, yday, wday, out _)); break;
                case 'g': sb.Append(((IsoWeek(year, yday, wday, out _) % 100 + 100) % 100).ToString("00")); break;
                case 'V': IsoWeek(year, yday, wday, out long wk); sb.Append(wk.ToString("00")); break;
                case 'z':
                {
                    long off = gmtoff;
                    sb.Append(off < 0 ? '-' : '+');
                    off = Math.Abs(off);
                    sb.Append((off / 3600).ToString("00")).Append((off % 3600 / 60).ToString("00"));
                    break;
                }
                case 'Z': sb.Append(zone); break;
                case '%': sb.Append('%'); break;
                default: sb.Append('%').Append(d); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>ISO 8601 year and week number of a date given by year, 0-based day of year and Monday=0 weekday.</summary>
    private static long IsoWeek(long year, long yday, long wday, out long week)
    {
        // The Thursday of this date's week decides the ISO year.
        long thursdayYday = yday - wday + 3;
        long daysInYear = IsLeap(year) ? 366 : 365;
        if (thursdayYday < 0)
        {
            year--;
            thursdayYday += IsLeap(year) ? 366 : 365;
        }
        else if (thursdayYday >= daysInYear)
        {
            thursdayYday -= daysInYear;
            year++;
        }
        week = thursdayYday / 7 + 1;
        return year;
    }

    private static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}
