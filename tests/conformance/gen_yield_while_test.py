# yield in a while loop's test: evaluated anew at the top of each iteration.
def w():
    n = 0
    while (yield n) != "stop":
        n += 1
    return n

g = w()
print(next(g), g.send(1), g.send(2))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)

def countdown():
    total = 0
    while (x := (yield total)) is not None and x > 0:
        total += x
    else:
        print("else ran, x =", x)
    yield "done", total

g = countdown()
print(next(g), g.send(3), g.send(4), g.send(0))

def nested():
    i = 0
    while i < 3 and (yield i):
        j = 0
        while (yield ("inner", i, j)) == "more":
            j += 1
        i += 1
    yield "end"

g = nested()
out = [next(g)]
for msg in [True, "more", "more", "no", True, "no", False]:
    out.append(g.send(msg))
print(out)

def with_break():
    while (yield "ask") :
        r = yield "got"
        if r == "quit":
            break
        continue
    yield "after loop"

g = with_break()
print(next(g), g.send(1), g.send(None), g.send(1), g.send("quit"))

def in_try():
    try:
        while (yield "t") < 5:
            pass
    except TypeError as e:
        yield ("caught", type(e).__name__)
    finally:
        print("finally")

g = in_try()
print(next(g), g.send(1), g.send("x"))
g.close()

def throw_into_test():
    while True:
        try:
            while (yield "waiting"):
                pass
        except KeyError as e:
            yield ("key", e.args)
            return

g = throw_into_test()
print(next(g), g.throw(KeyError("k")))

def compare_test(limit):
    seen = []
    while (v := (yield len(seen))) != limit:
        seen.append(v)
    return seen

g = compare_test(9)
next(g)
for v in [1, 2, 3]:
    print(g.send(v))
try:
    g.send(9)
except StopIteration as e:
    print(e.value)
