# yield inside try/finally: finally runs on exhaustion, return, break and continue, not on a yield
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("finally g1")
print(list(g1()))

def nested():
    try:
        try:
            yield "a"
        finally:
            print("inner finally")
        yield "b"
    finally:
        print("outer finally")
    yield "c"
print(list(nested()))

def loopy():
    for i in range(5):
        try:
            if i == 3:
                break
            yield i
        finally:
            print("f", i)
    else:
        print("no")
    yield "done"
print(list(loopy()))

def cont():
    for i in range(3):
        try:
            yield i
            continue
        finally:
            print("fc", i)
print(list(cont()))

def ret():
    try:
        return 5
        yield
    finally:
        print("fin ret")
try:
    next(ret())
except StopIteration as e:
    print("value", e.value)

def while_try():
    n = 0
    while n < 3:
        try:
            n += 1
            yield n * 10
        finally:
            print("iteration", n)
    return "end"
w = while_try()
print(next(w), next(w), next(w))
try:
    next(w)
except StopIteration as e:
    print("returned", e.value)

def partial():
    try:
        yield 1
        yield 2
    finally:
        print("partial finally")
p = partial()
print(next(p))
p.close()
print("after close")
