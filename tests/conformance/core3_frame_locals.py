# krait: no-cpython-lib
# frame.f_locals of running frames: a dict snapshot of the frame's current locals (parameters, locals, cells,
# free variables), refreshed at each access; writes to the dict do not change the locals.
import sys


def show(d):
    return sorted((k, v) for k, v in d.items() if not callable(v) and type(v).__name__ != 'frame')


def own(p, q=2, *rest, kw=None, **extra):
    a = 1
    b = 'two'
    unbound_later = None
    del unbound_later
    return show(sys._getframe().f_locals)


print(own(0))
print(own(1, 3, 4, 5, kw='k', x=9))


def caller_locals():
    return sys._getframe(1).f_locals


def user(x, y=5):
    z = x + y
    loc = caller_locals()
    return show(loc)


print(user(1))
print(user(10, y=20))


def nested_cells():
    shared = [1]
    other = 'o'

    def inner(arg):
        local_in = shared[0] + arg
        return show(sys._getframe().f_locals)
    print('inner', inner(5))
    return show(sys._getframe().f_locals)


print('outer', nested_cells())


def snapshot_and_refresh():
    f = sys._getframe()
    v = 1
    first = f.f_locals
    copy1 = show(first)
    v = 2
    w = 'new'
    second = f.f_locals
    print(first is second, copy1, second['v'], second['w'])
    second['v'] = 100
    second['injected'] = 'x'
    print('v stays', v)
    third = f.f_locals
    print(third['v'], third['injected'])


snapshot_and_refresh()


def deleted_names():
    f = sys._getframe()
    gone = 1
    keep = 2
    print(sorted(k for k in f.f_locals if k != 'f'))
    del gone
    print(sorted(k for k in f.f_locals if k != 'f'))


deleted_names()

print((lambda q, r=3: show(sys._getframe().f_locals))(5))


def loops():
    total = 0
    for i in range(3):
        total += i
    while total < 10:
        total += 5
    return show(sys._getframe().f_locals)


print(loops())


def in_except():
    try:
        raise ValueError('boom')
    except ValueError as err:
        inside = show(sys._getframe().f_locals)
    after = sorted(sys._getframe().f_locals)
    return inside, after


print(in_except())


def gen():
    g = 10
    yield show(sys._getframe().f_locals)
    h = 20
    yield show(sys._getframe().f_locals)


for item in gen():
    print('gen', item)


class Body:
    kk = 1
    names = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))


print(Body.names)
print(sys._getframe().f_locals is globals())


def deeper_helper():
    return sys._getframe(1).f_locals['marker']


def recursive(n):
    marker = n
    if n > 0:
        inner = recursive(n - 1)
    return deeper_helper(), n


print([recursive(i) for i in range(3)])


def value_after_call():
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
    bump()
    bump()
    return caller_locals_again()


def caller_locals_again():
    return show(sys._getframe(1).f_locals)


print(value_after_call())
