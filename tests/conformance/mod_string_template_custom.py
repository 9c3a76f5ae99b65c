# krait: no-cpython-lib
# Subclassing string.Template: delimiter, idpattern, braceidpattern and flags, or a whole pattern of one's own
# (a string compiled with re.VERBOSE; a compiled pattern is refused), and its "Unrecognized named group" error.
import re
import string


class Percent(string.Template):
    delimiter = '%'


print(Percent('%who owes %% %{amount}').substitute(who='ann', amount=5))


class Dots(string.Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'


print(Dots('$user.name is $user.age').safe_substitute({'user.name': 'bob'}))


class CaseSensitive(string.Template):
    flags = 0
    idpattern = r'[a-z]+'


print(CaseSensitive('$lower $UPPER').safe_substitute(lower='l', UPPER='U'))


class Braced(string.Template):
    braceidpattern = r'[^}]+'


t = Braced('${with space} $plain ${x}')
print(t.substitute({'with space': 1, 'plain': 2, 'x': 3}), t.get_identifiers())


class Own(string.Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    '''


o = Own('#a and #<b> cost ##1')
print(o.substitute(a='A', b='B'), o.get_identifiers(), type(Own.pattern).__name__)
try:
    Own('#!').substitute()
except ValueError as e:
    print(type(e).__name__, e)


try:
    class Compiled(string.Template):
        pattern = re.compile(r'@(?P<named>x)')
except ValueError as e:
    print(type(e).__name__, e)


class OnlyNamed(string.Template):
    pattern = r'(?P<named>\$[a-z]+)|(?P<other>!)'


print(OnlyNamed('$a').substitute({'$a': 'named'}))
for method in ('substitute', 'safe_substitute', 'is_valid', 'get_identifiers'):
    try:
        result = getattr(OnlyNamed('x !'), method)
        print(method, result() if method in ('is_valid', 'get_identifiers') else result({}))
    except ValueError as e:
        print(method, type(e).__name__, e.args[0], e.args[1].pattern)
    except IndexError as e:
        print(method, type(e).__name__, e)
print(Percent.pattern is not string.Template.pattern, Percent.pattern.flags & re.VERBOSE != 0)
print(bool(Percent.pattern.flags & re.IGNORECASE), bool(CaseSensitive.pattern.flags & re.IGNORECASE))


class Sub2(Percent):
    idpattern = r'[0-9]+'


print(Sub2('%12 %ab').safe_substitute({'12': 'twelve'}))
