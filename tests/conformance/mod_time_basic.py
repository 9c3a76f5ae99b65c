import time
t0 = time.time(); n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 1.6e9, n0 > 1.6e18, abs(n0 / 1e9 - t0) < 5)
p0 = time.perf_counter(); m0 = time.monotonic(); c0 = time.process_time(); th0 = time.thread_time()
time.sleep(0.01)
time.sleep(0)
p1 = time.perf_counter(); m1 = time.monotonic()
print(p1 - p0 >= 0.009, m1 >= m0, time.process_time() >= c0, time.thread_time() >= th0)
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time_ns()).__name__)
for bad in (-1, 'x'):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for secs in (0, 1, 86399, 86400, 951782400, 1000000000, 1234567890.75, 1700000000, 2**31, -1, -86401, -1.5, 4102444800, 253402300799, 32503680000):
    g = time.gmtime(secs)
    print(secs, g, tuple(g), g.tm_zone, g.tm_gmtoff, g.tm_year, g[0], g[-1], g[1:3], len(g))
g = time.gmtime(1234567890)
print(g == (2009, 2, 13, 23, 31, 30, 4, 44, 0), g == time.gmtime(1234567890), list(g))
print(time.asctime(g), time.asctime((2024, 1, 5, 3, 4, 5, 4, 5, 0)))
fmts = ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %d', '%j %U %W %w %u', '%y %C %e %I %p', '%D %T %F %R', '%G-W%V-%u %g', '%%', '%c', '%x %X', 'plain', '']
for secs in (0, 1234567890, 1704067200, 1735603200, 946684800, 1230768000, 1262217600):
    g = time.gmtime(secs)
    print([time.strftime(f, g) for f in fmts])
print(time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0)]:
    try:
        time.strftime('%Y', bad)
    except ValueError as e:
        print(type(e).__name__, e)
st = time.struct_time((2021, 3, 4, 5, 6, 7, 3, 63, 0))
print(st, st.tm_mday, st.tm_zone)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(time.localtime(), time.struct_time), len(time.localtime()), type(time.ctime()).__name__, len(time.ctime()))
print(time.gmtime(time.mktime(time.localtime(1234567890))) == time.gmtime(1234567890))
