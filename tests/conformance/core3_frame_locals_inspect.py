# f_locals through inspect (CPython's Lib): currentframe().f_back, stack(), getouterframes; frames of
# generators and a caller that is a method.
import inspect
import sys


def show(d):
    return sorted((k, v) for k, v in d.items() if isinstance(v, (int, str, list)))


def back_locals():
    return inspect.currentframe().f_back.f_locals


def user2():
    q = [1, 2]
    label = 'u2'

    def inner():
        return q
    r = back_locals()
    return show(r), sorted(r)


print(user2())


def stack_names():
    return [(fi.function, show(fi.frame.f_locals)) for fi in inspect.stack()[1:2]]


def stack_user(a, b):
    total = a + b
    return stack_names()


print(stack_user(2, 3))


def outer_frames():
    frame = inspect.currentframe()
    infos = inspect.getouterframes(frame)
    return [(i.function, sorted(k for k in i.frame.f_locals if k != 'frame' and k != 'infos')) for i in infos[:1]]


print(outer_frames())


def info_of_current():
    here = 'x'
    fi = inspect.getframeinfo(inspect.currentframe())
    return fi.function, fi.lineno, fi.code_context, show(inspect.currentframe().f_locals)


print(info_of_current())


def debug_vars(*names):
    frame = sys._getframe(1)
    return {n: frame.f_locals.get(n, '?') for n in names}


def compute():
    width = 3
    height = 4
    area = width * height
    return debug_vars('width', 'height', 'area', 'missing')


print(compute())


def format_template(template):
    return template.format(**sys._getframe(1).f_locals)


def greet(name, count):
    plural = 's' if count != 1 else ''
    return format_template('{name} has {count} item{plural}')


print(greet('ann', 1), greet('bob', 3))
