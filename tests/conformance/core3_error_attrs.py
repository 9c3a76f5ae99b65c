# krait: no-cpython-lib
# NameError.name, AttributeError.name/.obj (set by the runtime and by the constructors), and the
# positional-only-passed-as-keyword message.
import sys


def attempt(label, f):
    try:
        f()
    except (NameError, AttributeError, TypeError) as e:
        print(label, type(e).__name__, e, getattr(e, 'name', '-'), type(getattr(e, 'obj', None)).__name__)


attempt('global', lambda: undefined_name)


def unbound():
    x
    x = 1


attempt('unbound', unbound)


class X:
    pass


attempt('instance', lambda: X().zz.__class__)
attempt('class', lambda: X.zz)
attempt('module', lambda: sys.zz)
attempt('int', lambda: getattr(5, 'q'))
attempt('str method', lambda: 'abc'.nope())

e = NameError('m', name='n')
print(e.name, e.args, str(e))
print(NameError().name, AttributeError().name, AttributeError().obj)
a = AttributeError('m', name='n', obj=3)
print(a.name, a.obj, a.args)
attempt('bad kw', lambda: NameError('m', bogus=1))
attempt('bad kw attr', lambda: AttributeError('m', bogus=1))
e = NameError()
e.name = 'z'
print(e.name)


class MyName(NameError):
    pass


print(MyName('q').name, MyName('q', name='w').name)


def f(a, b, /, c):
    return a, b, c


for kw in ({'a': 1, 'b': 2, 'c': 3}, {'b': 1, 'a': 2}, {'zz': 1, 'a': 2}, {'zz': 1}):
    attempt('posonly', lambda: f(**kw))


def g(a, /, **rest):
    return a, rest


print(g(1, a=2))

# Small builtins gaps found while checking issue 3's list.
import builtins
print(__debug__, builtins.__debug__)
it = iter(lambda: 1, 1)
print(type(it).__name__, list(iter([3, 2, 1].pop, 1)))
print(object.__subclasshook__(), int.__subclasshook__(str), '__subclasshook__' in dir(int))
