import re

def show(p, s):
    try:
        m = re.match(p, s)
        print(repr(p), m and (m.span(), m.groups()))
    except re.error as e:
        print(repr(p), 'error', e)
    except OverflowError as e:
        print(repr(p), 'OverflowError', e)

for p in ['a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a{1,3}?', 'a{2,}?',
          'a{0}', 'a{0,0}b', 'a{,}', 'a{', 'a{1', 'a{1,', 'a{x}', 'a{1,2', 'a{}', '{', 'a{3,1}', 'a**', 'a*+',
          'a++', 'a?+', 'a{2}+', 'a{1,2}+a', '(a{1,2})+a', '*', '+a', '?', 'a|*', '(*)', 'a{,2}{3}',
          '(?:a)*', '(?:a*)*', '(a*)*', '(a*)+', '(a|b)*', '(a|b)*?b', '(ab)*?a', '(?:a?)*?b',
          'a{4294967295}', 'a{4294967294}', 'a{99999999999999999999}']:
    show(p, 'aaaab')
show('x*', 'aaa')
show('(?:x|y)*', 'xyxyz')
show('(a|ab)*c', 'ababc')
show('(a+)+b', 'aaaaaaaaaaaaaaaaaaaaaaaaab')
show('((a)|b)+', 'aab')
show('(?:(a)|b)+', 'ab')
show('(a){2,3}', 'aaaa')
show('(a){2,3}?', 'aaaa')
show('(?:a{2}){2}', 'aaaaa')
show('(a?){3}', 'aa')
show('(a?)*?b', 'ab')
show('(?:()|a)*', 'aa')
show('(?:a|())*', 'aa')
show('(?:(a)|())*', 'aab')
show('.{3}', 'ab\ncd')
show('[ab]{2,3}c', 'ababc')
show('\\d{2,4}?\\d', '123456')
show('(\\w+?)(\\d*)$', 'abc123')
print(re.findall('a{2}', 'aaaaa'), re.findall('a{2,}?', 'aaaaa'))
print(re.search('a{3}b', 'aab aaab').span())
