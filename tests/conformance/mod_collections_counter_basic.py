from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(c.total(), Counter().total())
print(Counter(), Counter([]), Counter({'x': 3, 'y': 1}), Counter(x=1, y=2))
print(Counter('hello world').most_common(3))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc, wc.most_common(1))
wc.update(['cat', 'cat'])
wc.update({'dog': 3})
wc.update(hat=5)
print(wc)
wc.subtract(['the', 'the'])
wc.subtract({'dog': 5})
wc.subtract(bat=1)
print(wc)
print(Counter(a=3) == Counter(a=3, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) != Counter(a=2))
t = Counter({'a': 5, 'b': 3, 'c': 5, 'd': 1})
print(t, t.most_common(2))
t['e'] += 7
t['a'] -= 10
print(t)
del t['zz']
del t['d']
print(t)
print(dict(Counter('aab')), list(Counter('bca')), isinstance(t, dict))
print(t.copy(), type(t.copy()).__name__)
u = Counter()
u.update('aaa')
u.update(Counter('ab'))
print(u)
print(Counter([1, 2, 2, 3, 3, 3]).most_common())
print(Counter({'b': 1, 'a': 1, 'c': 2}))
print(Counter({1.5: 2, 'x': 2}))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Counter(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(Counter(a=1, b='x'))
print(Counter(a=1).get('a'), Counter(a=1).get('b'), Counter(a=1).keys(), Counter(a=2).values())
