# Instance attribute storage: attributes past the first few, deletion, re-adding, order of vars().

class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * i)


for n in (0, 1, 3, 4, 5, 8, 9, 17):
    w = Wide(n)
    print(n, [getattr(w, "a%d" % i) for i in range(n)], list(vars(w))[-2:])

w = Wide(10)
w.a9 = "nine"
w.a0 = "zero"
del w.a4
print(w.a0, w.a9, hasattr(w, "a4"), sorted(vars(w))[:4])
try:
    w.a4
except AttributeError as e:
    print(type(e).__name__, e)
w.a4 = "back"
print(list(vars(w))[-1], w.a4)
w.extra = 1
w.more = 2
print(w.extra + w.more, len(vars(w)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [Point(i, -i) for i in range(6)]
for p in pts[:3]:
    p.z = p.x * 10
for p in pts:
    p.x += 1
print([(p.x, p.y, getattr(p, "z", None)) for p in pts])
print(pts[0].__dict__, pts[5].__dict__)

# Writes through __dict__ are seen by attribute reads and the other way round.
d = pts[1].__dict__
d["y"] = "via dict"
d["q1"] = 1
d["q2"] = 2
d["q3"] = 3
print(pts[1].y, pts[1].q3)
pts[1].q4 = 4
print(sorted(d))
del pts[1].q1
print("q1" in d, len(d))


class Growing:
    pass


g = Growing()
for i in range(12):
    setattr(g, "f%d" % i, str(i))
    if i % 3 == 2:
        delattr(g, "f%d" % (i - 1))
print(vars(g))
print(sorted(k for k in dir(g) if k.startswith("f")))
