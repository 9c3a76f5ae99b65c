class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [Point(i, i * 2) for i in range(5)]
pts[2].z = 99
print([p.x + p.y for p in pts], pts[2].z, hasattr(pts[1], "z"), Point.dims, pts[0].dims)
del pts[2].z
print(hasattr(pts[2], "z"))
try:
    pts[0].missing
except AttributeError as e:
    print(e)
class Base:
    def hello(self):
        return "base " + self.name()
    def name(self):
        return "Base"
class Sub(Base):
    def name(self):
        return "Sub"
objs = [Base(), Sub(), Base(), Sub()]
print([o.hello() for o in objs])
Sub.name = lambda self: "patched"
print([o.hello() for o in objs])
