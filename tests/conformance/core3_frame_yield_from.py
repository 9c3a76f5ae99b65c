# krait: no-cpython-lib
# sys._getframe() inside a generator driven through `yield from`: the f_back chain passes through every
# delegating generator, as in CPython.
import sys


def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def inner():
    yield chain()
    yield chain()
    return 'done'


def middle():
    result = yield from inner()
    yield [result]


def outer():
    yield from middle()


for step in outer():
    print(step)

g = outer()
print(next(g))
print(g.send(None))


def consume():
    return list(outer())


print(consume())


def plain_gen():
    yield chain()


def wrapper():
    for x in plain_gen():
        yield x


print(list(wrapper()))


def gen_with_except():
    try:
        yield from inner()
    except ValueError:
        pass


print(list(gen_with_except()))
