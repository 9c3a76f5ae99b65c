import re

print(re.sub('a', 'b', 'aaa'))
print(re.sub('a', 'b', 'aaa', 2))
print(re.sub('a', 'b', 'aaa', count=1))
print(re.subn('a', 'b', 'aaa'))
print(re.subn('a', 'b', 'xyz'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('', '-', 'abc'))
print(re.sub('a|', '-', 'bab'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub('(a)', r'\1\\n\n\t', 'a'))
print(repr(re.sub('a', r'\x41', 'a')) if False else repr(re.sub('a', '\\\\', 'a')))
print(re.sub('(b)?a', r'[\1]', 'ab a'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('a', lambda m: None, 'banana') if False else 'skip')
print(re.subn(r'\s+', ' ', 'a   b \t\n c'))
print(re.sub('(?i)B', 'x', 'abcABC'))
print(re.sub('^', '>', 'a\nb\nc', flags=re.M))
print(re.sub('$', '<', 'a\nb\n', flags=re.M))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.compile('o').sub('0', 'foo boo', 3))
print(re.compile('o').subn('0', 'foo boo', count=2))
try:
    print(re.sub(r'(\d)', r'\10', '5'))
except re.error as e:
    print('error', e, e.pos, e.pattern)
print(re.sub('a', r'\0', 'a') == '\x00')
print(re.sub('a', r'\07', 'a') == '\x07')
print(re.sub('a', r'\101', 'a'))
print(re.sub('a', 'b', 'aaa', -1))
for bad in (r'\2', r'\g<2>', r'\g<x>', r'\g<', r'\g<>', r'\g<1', r'\q', 'a\\', r'\g<1x>', r'\777'):
    try:
        print(re.sub('(a)', bad, 'a'))
    except re.error as e:
        print('error', e)
    except IndexError as e:
        print('IndexError', e)
try:
    re.sub('a', lambda m: 5, 'bab')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 5, 'bab')
except TypeError as e:
    print('TypeError', type(e).__name__)
print(re.sub('.', lambda m: '', 'abc'))
print(re.sub('x', 'y', 'xxx', count=0))
