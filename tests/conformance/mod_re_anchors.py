import re

s = 'ab\ncd\n'
print(re.findall('^.', s), re.findall('^.', s, re.M))
print(re.findall('.$', s), re.findall('.$', s, re.M))
print(re.findall(r'\A.', s, re.M), re.findall(r'.\Z', 'ab\ncd'), re.findall(r'.\Z', s))
print(re.search('$', 'ab\n').span(), re.search(r'\Z', 'ab\n').span())
print([m.span() for m in re.finditer('$', 'a\nb\n')], [m.span() for m in re.finditer('$', 'a\nb\n', re.M)])
print([m.span() for m in re.finditer('^', 'a\nb\n', re.M)])
print(re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'))
print(re.findall(r'\Bo\B', 'foo boot'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\B', 'a'))
print([m.span() for m in re.finditer(r'\b', 'ab, cd')])
print([m.span() for m in re.finditer(r'\B', 'ab, cd')])
print(re.findall(r'\b\w', 'héllo wörld'), re.findall(r'\b\w', 'héllo wörld', re.A))
print(re.match('^abc$', 'abc'), re.match('^abc$', 'abc\n'), re.match('^abc$', 'abc\n\n'))
print(re.fullmatch('abc$', 'abc\n'))
print(re.search('^b', 'ab'), re.search('^b', 'a\nb', re.M))
p = re.compile('^x')
print(p.search('ax', 1), re.compile('^x', re.M).search('a\nx', 2))
print(re.compile('x$').search('xy', 0, 1))
print(re.compile(r'\b').search('ab', 1))
print(re.compile(r'x\b').search('xy', 0, 1))
try:
    re.compile('^*')
except re.error as e:
    print('error', e)
try:
    re.compile(r'\b+')
except re.error as e:
    print('error', e)
print(re.match('(?:^)*a', 'a'))
