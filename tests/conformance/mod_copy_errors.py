# krait: no-cpython-lib
# What cannot be copied: CPython's TypeError from object.__reduce_ex__, copy.Error without reduce methods,
# and argument errors of the reduce methods.
import copy
import sys


def gen():
    yield 1


for label, value in [('module', sys), ('generator', gen())]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(value)
        except TypeError as e:
            print(label, fn.__name__, type(e).__name__, e)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoReduce())
    except copy.Error as e:
        print(fn.__name__, type(e).__name__, e)


class OnlyReduce:
    __reduce_ex__ = None

    def __reduce__(self):
        return (OnlyReduce, ())


print(type(copy.copy(OnlyReduce())).__name__)
try:
    object().__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().__reduce_ex__('x')
except TypeError as e:
    print(type(e).__name__, e)
r = object().__reduce_ex__(4)
print(r[1], r[2:], r[0].__name__)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


try:
    BadNewArgs().__reduce_ex__(4)
except TypeError as e:
    print(type(e).__name__, e)


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return (1, 2, 3)


try:
    BadNewArgsEx().__reduce_ex__(4)
except ValueError as e:
    print(type(e).__name__, e)


class Failing:
    def __deepcopy__(self, memo):
        raise RuntimeError('no deep copies')


try:
    copy.deepcopy([Failing()])
except RuntimeError as e:
    print(type(e).__name__, e)


class BadState:
    def __reduce__(self):
        return (BadState, (), {'a': 1}, None, None)

    def __setstate__(self, state):
        raise ValueError('refused ' + repr(state))


try:
    copy.copy(BadState())
except ValueError as e:
    print(type(e).__name__, e)
try:
    copy.copy()
except TypeError as e:
    print(type(e).__name__, e)
