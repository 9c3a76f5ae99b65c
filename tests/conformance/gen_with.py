# with statements inside generators; throw() and close() reach __exit__
class CM:
    def __init__(self, n=0): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None, v)
        return t is KeyError

def g3():
    with CM(1) as a, CM(2) as b:
        yield a
        yield b
    yield 3
print(list(g3()))

def w():
    with CM():
        yield 1
        yield 2
    yield 3
x = w(); next(x)
print(x.throw(KeyError("suppressed")))
x = w(); next(x)
try:
    x.throw(IndexError("not"))
except IndexError as e:
    print("propagated", e)
x = w(); next(x); x.close()
print("closed")

def in_loop():
    for i in range(2):
        with CM(i):
            yield i
            if i == 1:
                raise KeyError("k")
        print("after with", i)
print(list(in_loop()))

def with_try():
    with CM(7):
        try:
            yield "t"
            raise ValueError("v")
        except ValueError as e:
            yield "handled " + str(e)
print(list(with_try()))
