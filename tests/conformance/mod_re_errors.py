import re

pats = ['(', '(a', 'a)', '())', '(?', '(?:', '(?P<n>', '[a', 'a\\', '*', 'a**', '(?#abc', '(?<=a+)b',
        '(?<!a|bc)d', 'a{2,1}', '(?z)', '(?P<1>a)', '(?P<a-b>x)', r'\k', r'\p', '(?P=x)', r'(a)\2',
        '(?(1)a|b|c)', '(?(a)b)', 'x(?i)', '[b-a]', r'[\w-z]', r'\x1', r'\u12', '(?<=', '(?<', '(?P<', '(?P',
        '(?P<x>a)(?P<x>b)', 'a{1,2}{3}', '(?i', '(?i-', '(?L)', '\\', '[', ')', '(?x)a  )',
        'abc\n(def', 'x\ny\n[', '(?x)\n\n  (', 'a|b)', '(?(0)a)', '(?(', r'(?P<a>\g<1>)', '(a)(?P=a)']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
for p in [b'(', b'[\xff', b'\\q']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, repr(e.pattern))
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('custom', 'ab\ncd', 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('custom', pattern=b'ab', pos=1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, isinstance(re.error('x'), Exception))
try:
    raise re.error('boom')
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    re.compile(123)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', 'x')
except TypeError as e:
    print('TypeError')
try:
    re.match('a')
except TypeError as e:
    print('TypeError')
try:
    re.compile('a').match()
except TypeError as e:
    print('TypeError')
try:
    re.compile('a').match('a', bogus=1)
except TypeError as e:
    print('TypeError')
