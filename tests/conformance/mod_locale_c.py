import locale as l
print(l.setlocale(l.LC_NUMERIC), l.setlocale(l.LC_TIME), l.getlocale(l.LC_NUMERIC), l.getpreferredencoding(), l.getpreferredencoding(False), l.getencoding())
print(l.localeconv())
print(l.format_string('%d %s %.2f', (1234567, 'x', 3.14159), grouping=True), l.format_string('%5.1f|%-4d|%%|%x', (2.25, 7, 255)))
print(l.format_string('%(a)s=%(b).3f', {'a': 'pi', 'b': 3.14159}), l.format_string('%d', 5), l.format_string('%.*f', (2, 1.23456)))
print(l.str(1.5), l.str(0.1 + 0.2), l.str(1e20), l.atof('1.5'), l.atoi('42'), l.atof('2', int), l.delocalize('1,234.5'), l.localize('1234.5'))
print(l.normalize('en_US'), l.normalize('C'), l.normalize('de_DE.utf8'), l.normalize('fr_FR.UTF-8'), l.normalize('C.UTF-8'))
for f in [lambda: l.currency(1.5), lambda: l.setlocale(l.LC_ALL, 'xx_YY'), lambda: l.atoi('x'), lambda: l.setlocale(99),
          lambda: l.setlocale('x'), lambda: l.nl_langinfo(-5), lambda: l.strcoll(1, 'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(l.setlocale(l.LC_NUMERIC, 'C'), l.setlocale(l.LC_TIME, 'POSIX'), l.setlocale(l.LC_NUMERIC), l.getlocale(l.LC_TIME))
print(l.LC_CTYPE, l.LC_COLLATE, l.LC_TIME, l.LC_MONETARY, l.LC_NUMERIC, l.LC_ALL, l.LC_MESSAGES, l.CHAR_MAX)
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('a', 'a'), l.strxfrm('abc'), sorted(['b', 'A', 'a'], key=l.strxfrm))
print(l.nl_langinfo(l.D_T_FMT), l.nl_langinfo(l.RADIXCHAR), l.nl_langinfo(l.DAY_1), l.nl_langinfo(l.ABMON_12), l.nl_langinfo(l.YESEXPR))
print(issubclass(l.Error, Exception), l.Error.__module__, l.Error.__name__)
print(sorted(n for n in dir(l) if n.isupper() and not n.startswith('_')))
