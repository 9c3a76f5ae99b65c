import re

print(re.match(b'a+', b'aaab'))
print(re.findall(rb'\d+', b'a12b345'))
print(re.findall(rb'\w+', b'caf\xe9 na\xefve'))
print(re.findall(rb'\s', b' \t\n\x0b\x0c\r\x1c\x85\xa0'))
print(re.sub(rb'(\w+)', rb'<\1>', b'ab cd'))
print(re.sub(b'a', lambda m: m.group() * 2, b'banana'))
print(re.split(rb'\W', b'a,b c'))
print(re.compile(b'x').pattern, re.compile(rb'(?P<n>x)').groupindex)
m = re.search(rb'(?P<w>b+)', b'abbbc')
print(m, m.group(), m.group('w'), m.span(), m.groups(), m.groupdict(), m.string)
print(m.expand(rb'[\g<w>]'))
print(re.escape(b'a.b*c\xff'))
print(re.findall(b'(?i)abc', b'ABC abc'))
print(re.match(b'\\x41', b'A'), re.match(b'[\\x00-\\x7f]+', b'abc\xff'))
print(re.findall(b'.', b'\x00\xff\n'))
print(re.search(rb'\bfoo\b', b'a foo.'))
for p, s in [('a', b'a'), (b'a', 'a'), (b'a', 1), ('a', 1), (1, 'a'), (b'a', bytearray(b'a'))]:
    try:
        print(re.search(p, s))
    except TypeError as e:
        print('TypeError', e)
for p in [rb'\u0041', rb'\U00000041', rb'\N{EM DASH}', b'(?u)a', rb'\x4']:
    try:
        print(re.compile(p))
    except re.error as e:
        print('error', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError')
try:
    re.sub(b'a', lambda m: 'x', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.subn(b'', b'-', b'ab'))
print(re.fullmatch(b'ab', b'ab'), re.compile(b'a', re.I))
