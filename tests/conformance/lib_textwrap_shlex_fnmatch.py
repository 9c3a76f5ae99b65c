import textwrap, shlex, fnmatch
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=25, initial_indent='> ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world! This is a long sentence.", width=20), textwrap.shorten("abc", 10, placeholder='...'))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\n\ny\n", '+ ')), repr(textwrap.indent("x\ny", '- ', lambda l: 'y' in l)))
w = textwrap.TextWrapper(width=12, break_long_words=True, max_lines=3, placeholder=' [..]')
print(w.wrap('supercalifragilisticexpialidocious is a long word indeed'))
print(textwrap.wrap('a\tb c', 6, expand_tabs=True, tabsize=4), textwrap.wrap('', 5), textwrap.wrap('one-two-three-four', 8))
print(shlex.split('ls -l "my file" \'x y\' a\\ b # c'), shlex.split('a # b', comments=True), shlex.quote("it's"), shlex.quote('ok'), shlex.join(['a b', 'c']))
lx = shlex.shlex('a=b, c', punctuation_chars=True)
print(list(lx))
try:
    shlex.split('"unclosed')
except ValueError as e:
    print('ValueError', e)
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatch('Foo.PY', '*.py'), fnmatch.fnmatchcase('a.txt', '?.txt'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'))
print(fnmatch.translate('*.[!a-c]?'), fnmatch.fnmatch('x[1]', 'x[[]1]'))
