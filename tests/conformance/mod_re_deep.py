import re
for n in (10, 300, 494, 495, 496, 497, 2000, 100000):
    for t in ('(', '(?:', '(?='):
        try:
            print(n, t, re.compile(t * n + ')' * n).groups)
        except RecursionError as e:
            print(n, t, 'RecursionError', e)
print(re.match('(?:a|b)*c', 'ab' * 100000 + 'c').end())
print(re.match('(a|b)*c', 'ab' * 100000 + 'c').end())
print(re.match('(?:(a)|b)*?c', 'ab' * 100000 + 'c').end())
print(re.match('(?:a(?=b)|b)*c', 'ab' * 100000 + 'c').end())
print(len(re.findall('.', 'x' * 300000)))
