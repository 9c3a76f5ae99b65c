# krait: no-cpython-lib
# string.Template: substitute/safe_substitute with mappings and keywords, $$ escapes, braces, errors with
# line and column, get_identifiers and is_valid (3.11).
from string import Template

t = Template('$who likes ${what}; $$5 costs $$$price.')
print(t.substitute(who='tim', what='kung pao', price=3))
print(t.substitute({'who': 'ann', 'what': 'tea', 'price': 1}))
print(t.substitute({'who': 'x', 'what': 'y', 'price': 0}, who='keyword wins'))
print(t.safe_substitute(who='only who'))
print(t.safe_substitute())
try:
    t.substitute(who='a')
except KeyError as e:
    print(type(e).__name__, e)
print(t.get_identifiers(), t.is_valid(), t.template)
for text in ['$', 'ok $', 'x $1', '${', '${}', '${ a}', 'line1\nline2 $!', 'a\n\nb\n  $-', '$a$', '$$$']:
    tt = Template(text)
    try:
        print(repr(tt.substitute(a='A')))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
    print(repr(tt.safe_substitute(a='A')), tt.is_valid(), tt.get_identifiers())
print(Template('$a $b $a ${b} $c').get_identifiers())
print(Template('$ÿ $_ok $Up ${UP2}').safe_substitute(_ok=1, Up=2, UP2=3))
print(Template('$a.b $a_b $a1').safe_substitute(a='A', a_b='AB', a1='A1'))
print(Template('${a}b').substitute(a=[1, 2]), Template('$n').substitute(n=None))
try:
    Template('$a').substitute({'a': 1}, {'b': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Template('$a').substitute(5)
except TypeError as e:
    print(type(e).__name__)


class Lookup:
    def __getitem__(self, key):
        return key * 2


print(Template('$ab-${cd}').substitute(Lookup()))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags)
print(set(Template.pattern.groupindex) >= {'escaped', 'named', 'braced', 'invalid'})
m = Template.pattern.search('x $name y')
print(m.group('named'), m.start(), m.end())
