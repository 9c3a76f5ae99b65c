from functools import cached_property, lru_cache, partial, wraps


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r

    @lru_cache(maxsize=None)
    def scaled(self, k):
        self.computed += 10
        return self.r * k


c = Circle(2)
print(c.area, c.area, c.computed)
c.r = 5
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
print(c.scaled(3), c.scaled(3), c.computed, Circle.scaled.cache_info())
print(type(Circle.__dict__['area']).__name__, Circle.area.attrname, Circle.area.func.__name__)
d = Circle(1)
print(d.scaled(3), Circle.scaled.cache_info().currsize)

try:
    class Twice:
        x = cached_property(lambda self: 1)
        y = x
except (TypeError, RuntimeError) as e:
    print(type(e).__name__)

free = cached_property(lambda self: 1)
class Late:
    pass
Late.v = free
try:
    Late().v
except TypeError as e:
    print(type(e).__name__, e)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        print('call', fn.__name__, args[1:])
        return fn(*args, **kwargs)
    return inner


class Account:
    def __init__(self):
        self.total = 0

    @logged
    def deposit(self, amount):
        """Add money."""
        self.total += amount
        return self.total


a = Account()
print(a.deposit(5), a.deposit(7), Account.deposit.__name__, Account.deposit.__doc__)
print(Account.deposit.__wrapped__.__name__)

class Greeter:
    def greet(self, greeting, name):
        return f'{greeting}, {name}'

g = Greeter()
hello = partial(g.greet, 'Hello')
print(hello('Ann'), hello.func.__name__)
