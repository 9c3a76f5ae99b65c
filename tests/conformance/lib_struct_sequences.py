import time, os, sys, shutil
t = time.gmtime(86400 * 365)
print(isinstance(t, tuple), t[:3], t[-1], t == tuple(t), tuple(t) == t, len(t), t.tm_year, t.tm_yday, t)
print(list(t), t[1:6:2], t.count(0), t.index(1971), hash(t) == hash(tuple(t)), t < (1972,), max(t))
y, m, *rest = t
print(y, m, rest, type(t).__name__, type(t).__mro__[1].__name__, t.n_fields, t.n_sequence_fields)
u = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(u, u.tm_mday, u[2], time.strftime('%Y-%m-%d %H:%M:%S', u), time.mktime(u) == time.mktime(tuple(u)))
s = os.stat('.')
print(isinstance(s, tuple), len(s), s[0] == s.st_mode, s[6] == s.st_size, type(s).__name__, tuple(s) == s)
print(shutil.get_terminal_size((100, 30)), isinstance(os.terminal_size((3, 4)), tuple), os.terminal_size((3, 4)).columns)
print(isinstance(sys.float_info, tuple), sys.float_info[0] == sys.float_info.max, sys.version_info[:1], sys.version_info.major)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print('TypeError', e)
