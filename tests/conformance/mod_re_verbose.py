import re

p = re.compile(r"""
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac>\d+) )?   # fraction
    \s* [#] \s*         # a literal hash
    (?P<tag> [a-z ]+ )  # tag with space in class
""", re.VERBOSE)
m = p.match('12.5 # hello world')
print(m.groupdict(), m.span())
print(re.findall(r'(?x) a \  b', 'a b ab'))
print(re.findall(r'(?x) a [ ] b', 'a b ab'))
print(re.findall(r'(?x) a \# b', 'a#b'))
print(re.findall('(?x) a # b\n c', 'ac ab'))
print(re.findall('(?x)a b(?-x: c d)e', 'ab c de'))
print(re.findall('a b(?x: c d )e', 'a bcde'))
print(re.findall('(?x)a{2, 3}', 'aa a{2, 3}'))
print(re.findall('(?x)a {2}', 'aa'))
print(re.findall('(?x)\ta\n\x0bb\x0c\rc', 'abc'))
print(re.compile('(?x)  # only a comment'))
print(re.findall('(?x)(?# comment )a', 'a'))
print(re.findall('(?x)[#]a|b#c', 'ab#'))
print(re.findall(r'(?x)\ ', 'a b'))
print(re.findall('x(?x:  y  )z', 'xyz'))
print(re.findall('(?x:a|b )|c d', 'abc d'))
try:
    re.compile('(?x) ( a ')
except re.error as e:
    print('error', e)
