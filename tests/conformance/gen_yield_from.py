# yield from delegates send/throw/close to subgenerators and to iterators with those methods
def sub():
    try:
        x = yield 1
        print("sub got", x)
        y = yield 2
        print("sub got", y)
    except IndexError:
        print("sub caught")
        yield 99
    finally:
        print("sub finally")
    return "subret"

def outer():
    r = yield from sub()
    print("result", r)
    yield "end"

o = outer()
print(next(o)); print(o.send("a")); print(o.send("b"))
o = outer(); next(o); print(o.throw(IndexError)); print(next(o))
o = outer(); next(o); print(o.gi_yieldfrom is not None); o.close(); print("closed", o.gi_yieldfrom)
o = outer(); next(o)
try:
    o.throw(KeyError("through"))
except KeyError as e:
    print("through", e)

def chain():
    a = yield from [1, 2]
    b = yield from range(3, 5)
    c = yield from (x * 10 for x in range(2))
    print(a, b, c)
    return "chained"
print(list(chain()))

class Echo:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return v * 2
    def throw(self, e):
        print("Echo.throw", repr(e))
        raise StopIteration("thrown")
    def close(self):
        print("Echo.close")

def deleg():
    r = yield from Echo()
    print("deleg result", r)
    yield "after"
d = deleg()
print(next(d), d.send(21), next(d))
print(next(d))
d.close()
d = deleg(); next(d); print(d.throw(ValueError("v")))
d = deleg(); next(d); d.close()

class NoSend:
    def __iter__(self): return self
    def __next__(self): return 1
def plain():
    yield from NoSend()
p = plain(); next(p)
try:
    p.send(5)
except AttributeError as e:
    print(e)

def deep(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from deep(n - 1)
    return r + 1
dg = deep(3)
print(next(dg))
try:
    dg.send(10)
except StopIteration as e:
    print("deep", e.value)
