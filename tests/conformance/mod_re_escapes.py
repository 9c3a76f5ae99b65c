import re

def show(p, s, flags=0):
    try:
        print(repr(p), re.findall(p, s, flags))
    except re.error as e:
        print(repr(p), 'error', e)

s = 'ab 12\t_\n\x0b\x1c٣é\u2003'
for p in [r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'\d+', r'\w+']:
    show(p, s)
    show(p, s, re.A)
show(r'\x41', 'A')
show(r'\x4', 'A')
show(r'\x', 'A')
show(r'\u0041', 'A')
show(r'\u041', 'A')
show(r'\U00000041', 'A')
show(r'\U0001F600', '\U0001F600')
show(r'\U00110000', 'A')
show(r'\N{LATIN SMALL LETTER A}', 'a')
show(r'\N{EM DASH}', 'a\u2014')
show(r'\N{NO SUCH NAME}', 'a')
show(r'\N', 'a')
show(r'\N{', 'a')
show(r'\N{}', 'a')
show(r'\101', 'A')
show(r'\0', '\x00')
show(r'\012', '\n')
show(r'\08', '\x008')
show(r'\400', 'a')
show(r'\a\f\v\t\r\n', '\a\f\v\t\r\n')
show(r'\.\*\+\?\(\)\[\]\{\}\|\^\$\\', '.*+?()[]{}|^$\\')
show(r'\-\#\ \&\~', '-# &~')
show(r'\é', 'é')
for c in 'cegijkmopqyzCEFGHIJKLMOPQRTVXY':
    show('\\' + c, 'a')
show('a\\', 'a')
show(r'\1', 'a')
show(r'(a)\2', 'a')
show(r'\9', 'a')
