import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe rest')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('dflt'), m.groups(default=0))
print(m.groupdict(), m.groupdict('x'), m.groupdict(default=None))
print(m[0], m[1], m['first'], m['opt'])
print(m.span(), m.span(1), m.span('last'), m.span(3))
print(m.start(), m.end(), m.start(2), m.end('first'), m.start('opt'), m.end(3))
print(m.lastindex, m.lastgroup)
print(m.regs)
print(m.pos, m.endpos, m.string, m.re)
print(m.re.groupindex, m.re.groups)
for bad in (4, -1, 'nope', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)
try:
    m['zz']
except IndexError as e:
    print('IndexError', e)

m = re.match('((a)(b))(c)?', 'abd')
print(m.lastindex, m.lastgroup, m.groups())
m = re.match('(a)|(b)', 'b')
print(m.lastindex, m.groups(), m.span(1), m.start(1))
m = re.match('(?P<x>a)(?P<y>b)', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match('(?P<x>(?P<y>a)b)', 'ab')
print(m.lastindex, m.lastgroup)
m = re.match('(a)*', 'aaa')
print(m.groups(), m.span(1))
m = re.match('(a|b)*', 'abba')
print(m.groups(), m.span(1))
m = re.match('(?:(a)|b)*', 'ab')
print(m.groups())
m = re.match('(?:(a)|(b))*', 'aba')
print(m.groups(), m.lastindex)
m = re.match(r'(\d)+', '12345')
print(m.group(1), m.lastindex)
m = re.match('()', '')
print(m.groups(), m.lastindex)
m = re.match('x', 'x')
print(m.groups(), m.lastindex, m.lastgroup, m.groupdict(), m.regs)
m = re.search('(b)(c)?', 'abc')
print(repr(m), m.expand(r'[\1|\2|\g<0>]'))
m = re.match('(?P<n>a)(b)', 'ab')
print(m.expand(r'\g<n>-\2-\g<2>-\\-\n'))
m = re.match('(a)(b)?', 'a')
print(repr(m.expand(r'<\2>')))
print(re.match('(a)(?P<two>b)(c)', 'abc').groupdict())
print(re.compile('(?P<a>x)(?P<b>y)(z)').groupindex)
