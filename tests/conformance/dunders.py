class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k, self.y * k)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x},{self.y}>"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __neg__(self):
        return V(-self.x, -self.y)
    def __bool__(self):
        return self.x != 0 or self.y != 0
a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3, 2 * a, a == V(1, 2), a != b, a < b, sorted([b, a]), str(a), len(a), a[1], -a)
print(bool(V(0, 0)), bool(a), {a: 1}[V(1, 2)], list(a), max([a, b]))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(Cmp(1) < Cmp(2), Cmp(3) > Cmp(2))
