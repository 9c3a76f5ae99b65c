import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.DEBUG, re.NOFLAG, re.T)
print(repr(re.I | re.M), repr(re.S | re.I | re.X), re.I | 0, 0 | re.I, re.I & re.I, re.I & 0)
print(int(re.I), re.I == 2, re.I != 2, 2 == re.I, re.I.value, re.I.name, re.IGNORECASE is re.I)
print(re.I | re.M | re.S | re.X | re.A)
print(~re.I, re.I ^ re.I, hash(re.M) == hash(8), bool(re.NOFLAG), bool(re.I))
print(re.M | 1024)
print(re.compile('a', re.I | re.M).flags, re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags, re.compile('(?x)a').flags)
print(re.compile('(?a)a').flags, re.compile(b'(?L)a').flags, re.compile('(?u)a').flags)
print(re.findall('a', 'aAa', re.I), re.findall('(?i)a', 'aAa'), re.findall('(?i:a)a', 'aAAaaa'))
print(re.findall('(?-i:a)a', 'aAAaaa', re.I), re.findall('a(?i)', 'aA') if False else '')
print(re.findall('.', 'a\nb', re.S), re.findall('(?s).', 'a\nb'), re.findall('(?s:.).', 'a\nb\n'))
print(re.findall('(?m)^a', 'a\na'), re.findall('(?m:^a)|^b', 'a\nb'))
print(re.findall(r'(?a)\w+', 'héllo'), re.findall(r'(?a:\w)\w', 'éé aé'), re.findall(r'\w+', 'héllo', re.ASCII))
print(re.findall('(?x) a b # comment\n c', 'abc'), re.findall('(?x: a b ) c', 'ab c'))
print(re.findall('(?-x: a )', ' a ', re.X))
print(re.match('(?i)(?m)x', 'X'))
print(re.match('(?im)x', 'X'), re.match('(?mi:x)', 'X'), re.match('(?i-m:x)', 'X'))
for p, f in [('(?L)a', 0), ('a', re.L), ('(?a)(?u)a', 0), ('a', re.A | re.U), (b'(?u)a', 0), (b'a', re.U),
             (b'a', re.A | re.L), ('(?au)a', 0), ('(?-a:x)', 0), ('(?i-i:x)', 0), ('(?z)', 0), ('(?i', 0),
             ('(?i-', 0), ('(?i-:x)', 0), ('(?-', 0), ('(?-z:x)', 0), ('(?i-mz:x)', 0), ('(?i-m', 0),
             ('a(?i)', 0), ('(?i)(?s)a(?m)', 0), ('(?t)a', 0), ('(?i-t:x)', 0), ('(?it:x)', 0), ('(?-t:x)', 0),
             ('(?i!)', 0), ('(?i-!:)', 0), ('(?i-m!)', 0), ('x|(?i)y', 0), ('(?x)(?i)a', 0), ('(?#c)(?i)a', 0)]:
    try:
        print(repr(p), f, re.compile(p, f))
    except re.error as e:
        print(repr(p), 'error', e)
    except ValueError as e:
        print(repr(p), 'ValueError', e)
print(re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile('a', re.U), re.compile('a', re.A), re.compile(b'a', re.L), re.compile('a', 1024))
print(re.compile(r'(?i)\w').match('É'))
