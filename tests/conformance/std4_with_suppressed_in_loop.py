# A with statement run again after an earlier pass suppressed an exception must still call __exit__
# (unittest's subTest depends on it), at module level, in functions and in generators.
class Manager:
    def __init__(self, name, suppress=True):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


for i in range(3):
    with Manager("module %d" % i):
        if i == 1:
            raise KeyError(i)
    print("after", i)


def in_function():
    for i in range(4):
        with Manager("f %d" % i), Manager("g %d" % i):
            if i % 2:
                raise ValueError(i)
        print("after", i)


in_function()


def gen():
    for i in range(3):
        with Manager("gen %d" % i):
            yield i
            if i == 0:
                raise TypeError("x")


for v in gen():
    print("yielded", v)

n = 0
while n < 3:
    try:
        with Manager("not suppressing %d" % n, suppress=(n != 1)):
            if n >= 1:
                raise IndexError(n)
    except IndexError as e:
        print("propagated", e)
    n += 1
