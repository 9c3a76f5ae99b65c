# keyword and string: keyword lists, string constants, capwords, Template.
import keyword
import string

print(keyword.kwlist)
print(keyword.softkwlist)
print([keyword.iskeyword(w) for w in ['if', 'match', 'None', 'print', 'async', '']])
print([keyword.issoftkeyword(w) for w in ['_', 'case', 'match', 'if']])
print(len(keyword.kwlist), sorted(keyword.__all__))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))

T = string.Template
t = T('$who likes ${what}, costs $$5 $who')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'x'}, what='override'))
print(t.safe_substitute(who='tim'))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
for bad in ['$', 'a $1', 'line1\n  $ x', '${bad']:
    tb = T(bad)
    print(repr(tb.safe_substitute(x=1)), tb.is_valid())
    try:
        tb.substitute(x=1)
    except ValueError as e:
        print(type(e).__name__, e)
print(T('$a$b ${a}_x').substitute(a=1, b=2))
print(T('$ä $a').safe_substitute(a='A'))

class Percent(string.Template):
    delimiter = '%'
print(Percent('%x and %%').substitute(x=5))
class Dotted(string.Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$user.name!').substitute({'user.name': 'bob'}))
class Braced(string.Template):
    braceidpattern = r'[^}]+'
print(Braced('${a b} $c').safe_substitute({'a b': 1}))
print(type(string.Template.pattern).__name__, string.Template.delimiter, string.Template.flags)
