# Calling a class: the cached fast path must follow changes to __init__, __new__, the metaclass and __del__.


class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


print(vars(P(1)), vars(P(1, 3)), vars(P(b=5, a=4)))
objs = [P(i) for i in range(3)]


def init2(self, a, b=0):
    self.s = a + b


P.__init__ = init2
print(vars(P(1)), vars(P(1, 3)))
del P.__init__
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(P()).__name__)


class R:
    def __init__(self):
        return 5


try:
    R()
except TypeError as e:
    print(type(e).__name__, e)


class N:
    def __init__(self, x):
        self.x = x


print(N(1).x)


def new(cls, x):
    print("new", cls.__name__, x)
    return object.__new__(cls)


N.__new__ = staticmethod(new)
print(N(2).x)
N.__new__ = staticmethod(lambda cls, x: object.__new__(cls))
print(N(3).x)


class Other:
    pass


class Swap:
    def __new__(cls, x):
        return Other()

    def __init__(self, x):
        print("never")


print(type(Swap(1)).__name__)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a, b):
        self.t = (a, b)


print(M(1, 2).t)


class D:
    def __init__(self, tag):
        self.tag = tag


d = D("a")
D.__del__ = lambda self: None
print(D("b").tag, type(D("c")).__name__)


class Base2:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


class Sub(Base2):
    def __init__(self, a):
        super().__init__(a, a)
        self.c = a * 2


print(vars(Sub(3)))
try:
    Base2(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Sub()
except TypeError as e:
    print(type(e).__name__, e)


class Empty:
    pass


try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(Empty()).__name__)


class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1


for _ in range(100):
    Counted()
print(Counted.count)
