import csv, io
s = io.StringIO()
w = csv.writer(s, lineterminator='\n')
print(w.writerow(['a\rb', 'c\nd', 'e f', ' g', 'h"i', '', None, 1.5, 10**20, True]))
w.writerow([''])
w.writerows([[1, 2], ['x,y', 'z']])
print(repr(s.getvalue()))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    s = io.StringIO()
    try:
        csv.writer(s, quoting=q, escapechar='\\').writerow(['a', 1, 2.5, None, 'b,c', 'q"x'])
    except csv.Error as e:
        print('Error', e)
    print(q, repr(s.getvalue()))
s = io.StringIO(); csv.writer(s, lineterminator='X').writerow(['aXb', 'c\nd']); print(repr(s.getvalue()))
s = io.StringIO(); csv.writer(s, delimiter=';', quotechar="'", doublequote=False, escapechar='\\').writerow(["it's", 'a;b']); print(repr(s.getvalue()))
for f in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']),
          lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
          lambda: csv.writer(io.StringIO()).writerow(5), lambda: csv.reader(['"a'], strict=True).__next__(),
          lambda: list(csv.reader(['"a"b'], strict=True)), lambda: list(csv.reader(['a\rb'])),
          lambda: csv.get_dialect('nope'), lambda: csv.unregister_dialect('nope'), lambda: list(csv.reader([b'a,b'])),
          lambda: csv.writer(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for kw in [dict(delimiter='ab'), dict(delimiter=1), dict(quotechar='ab'), dict(quoting=9), dict(lineterminator=1), dict(escapechar='ab'), dict(bogus=1)]:
    try:
        csv.reader([], **kw)
    except Exception as e:
        print(type(e).__name__, e)
data = 'name,age,city\r\n"Smith, J",42,"New\nYork"\r\nDoe,,"say ""hi"""\r\n\r\n x , y \r\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)), list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)) if False else '')
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['a"b,c'])))
print(list(csv.reader(['a\tb'], dialect='excel-tab')), list(csv.reader(['a|b'], delimiter='|')), list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect('pipes').delimiter, csv.get_dialect('pipes').quoting)
s = io.StringIO(); csv.writer(s, 'pipes').writerow(['a', 'b']); print(repr(s.getvalue()))
csv.unregister_dialect('pipes')
d = csv.get_dialect('excel')
print(d.delimiter, repr(d.lineterminator), d.quoting, d.escapechar, d.doublequote, d.strict, d.skipinitialspace, d.quotechar)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['x' * 20]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['a', 'b'])
dw.writeheader(); dw.writerow({'a': 1, 'b': 'two'}); dw.writerow({'a': 3})
print(repr(s.getvalue()))
for row in csv.DictReader(io.StringIO(s.getvalue())):
    print(row)
print(csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter, csv.Sniffer().has_header('name,age\nbob,3\nal,4\n'))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception))
