# krait: no-cpython-lib
# string constants and capwords, and string.Formatter subclasses overriding its hooks.
import string

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(sorted(string.__all__))
for s, sep in [('hello  world', None), ('  lead and trail  ', None), ('a-b-c', '-'), ('x--y', '-'), ('', None),
               ("it's O'NEIL", None), ('tab\tsep\nnl', None), ('ßtraße ǆx', None), ('a b', ' ')]:
    print(repr(string.capwords(s, sep)))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()


print(Upper().format('{} and {name:>6}', 'abc', name='xy'))


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return super().get_value(key, args, kwargs)


print(Defaults().format('{a} {b} {0}', 'zero', a=1))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError('unused: %s' % sorted(map(str, unused)))


try:
    Strict().format('{0} {x}', 1, 2, x=3, y=4)
except ValueError as e:
    print(type(e).__name__, e)
print(Strict().format('{0}{x}', 1, x=2))


class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


print(Conv().format('{0!u} {0!r} {0!s} {0!a}', 'héllo'))
try:
    Conv().format('{0!x}', 1)
except ValueError as e:
    print(type(e).__name__, e)


class Tracing(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        result = super().get_field(field_name, args, kwargs)
        print('get_field', field_name, '->', result)
        return result


class Obj:
    attr = {'k': ['v0', 'v1']}


print(Tracing().format('{0.attr[k][1]} {name}', Obj(), name='n'))
f = string.Formatter()
print(list(f.parse('a{0}b{1:>3}c{x!r}{{d}}')))
print(f.get_field('0[1]', [[5, 6]], {}), f.get_value(0, ['p'], {}), f.get_value('k', (), {'k': 'v'}))
print(f.format_field(3.14159, '.2f'), f.convert_field('x', None), f.convert_field('x', 'r'))
print(f.vformat('{a}-{0}', ('pos',), {'a': 'kw'}))
for spec in ['{', '}', '{0', '{!}', '{0!}', '{:{:{}}}']:
    try:
        print(f.format(spec, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(repr(spec), type(e).__name__, e)
try:
    f.format('{2}', 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print(type(e).__name__, e)
try:
    f.format()
except TypeError as e:
    print(type(e).__name__)
print(f.format(format_string='{}', *[1]) if False else f.format('{}{}', 'a', 'b'))
