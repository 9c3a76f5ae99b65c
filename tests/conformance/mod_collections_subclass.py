from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

class WordCounter(Counter):
    def top(self):
        return self.most_common(1)[0][0]

wc = WordCounter('a b a c a b'.split())
print(wc, wc.top(), isinstance(wc, Counter), isinstance(wc, dict), type(wc).__name__)
print(wc['zzz'], wc + Counter('a'), type(wc + Counter('a')).__name__)

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu, list(lu))

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

t = Tree()
t['a']['b']['c'] = 1
print(type(t['a']).__name__, t['a']['b']['c'], list(t))

class Bounded(deque):
    def __init__(self, items, label):
        super().__init__(items, maxlen=3)
        self.label = label
    def summary(self):
        return self.label + ':' + ','.join(map(str, self))

b = Bounded([1, 2, 3, 4, 5], 'last')
b.append(6)
print(b, b.summary(), b.maxlen, len(b), isinstance(b, deque))

class Vec(namedtuple('Vec', 'x y')):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), v.x, isinstance(v, tuple), Vec._fields, Vec._make([0, 1]).norm2())


class Defaulting(Counter):
    def __missing__(self, key):
        return 'none-' + str(key)

d = Defaulting(a=1)
print(d['a'], d['b'])

class Tagged(Counter):
    pass

tg = Tagged('xy')
tg.tag = 'hello'
print(tg.tag, tg)
