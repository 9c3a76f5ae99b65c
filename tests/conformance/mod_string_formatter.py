# string.Formatter and the _string parser behind it.
import _string
import string

for s in ['a{0!r:>{w}}b{{c}}d', '', 'x', '{}', '{:}', '{a.b[c]}', '}}', '{{', 'a{!s}', '{x:{{}}}',
          '{:{:{}}}', '{0!r:x}', '{[}]}', '{a]b}', '{0!r}x{{', '{a[b]c:d}',
          '{0[}', 'a}b', '{', 'a{', '{0', '{0!', '{0!r', '{0!rr}', '{0:{', '{!}', '{a{b}', '{0!:x}', '{:}}']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ['a.b[0][x]', '0.c', '', '[1]', 'a[', 'a.', 'a[]', 'a.b.c', '12', 'a[b]c', '-1', '[01]', '0[0].x', 'a..b']:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

f = string.Formatter()
class Obj:
    attr = 'A'
print(f.format('{0} {1!r} {name:>6} {0[1]} {obj.attr}', [1, 2], 'two', name='n', obj=Obj()))
print(f.format('{} {} {:{}}', 'a', 'b', 'c', 5) + '|')
print(f.vformat('{x:{w}.{p}f}', (), {'x': 3.14159, 'w': 8, 'p': 2}))
print(list(f.parse('a{b!r:c}d')))
print(f.get_field('a.attr', (), {'a': Obj}))
print(f.convert_field(1, 'a'), f.convert_field('x', 'r'), f.convert_field('x', None))
for fmt, args, kw in [('{} {0}', (1,), {}), ('{0} {}', (1,), {}), ('{2}', (1,), {}), ('{x}', (), {}),
                      ('{0!z}', (1,), {}), ('{:{:{:}}}', (1, 2, 3), {})]:
    try:
        print(f.format(fmt, *args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} {missing} {0:x}', 255, a='low'))

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError('unused: ' + ','.join(sorted(unused)))
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print(e)
