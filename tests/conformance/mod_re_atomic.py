import re

def show(p, s):
    try:
        print(repr(p), [(m.span(), m.groups()) for m in re.finditer(p, s)])
    except re.error as e:
        print(repr(p), 'error', e)

show('(?>a+)b', 'aaab')
show('(?>a+)a', 'aaaa')
show('(?>a|ab)c', 'abc ac')
show('(?>(a)|(ab))c', 'abc ac')
show('(?>x*)x', 'xxx')
show('(?>a*?)b', 'aab')
show('a++b', 'aaab')
show('a++a', 'aaa')
show('a*+a', 'aaa')
show('a?+a', 'a aa')
show('a{1,2}+a', 'aaa aa')
show('(?:ab)++c', 'ababc')
show('(?:ab)++ab', 'abab')
show('(a|ab)++c', 'abc aac')
show('(?:a|ab){2}+c', 'aabc abac')
show('[ab]*+b', 'aab')
show('.*+x', 'abx')
show(r'"(?:[^"\\]++|\\.)*+"', r'say "hi \"there\"" ok')
show('(?>(?=a)a|b)+', 'abab')
show('(?>)', 'ab')
show('(?>a', 'a')
show('(?>a)*', 'aaa')
show('((?>a+))\\1', 'aaaa aa')
show('(?>a+|b)+c', 'aabac')
print(re.match('(?>(a+))(?<=a)', 'aaa').group(1))
print(re.fullmatch('(?>a*)+', 'aaa'))
