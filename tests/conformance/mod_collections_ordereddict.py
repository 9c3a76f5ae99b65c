from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
od.move_to_end('c', False)
print(od)
print(od.popitem(), od)
od['z'] = 26
print(od.popitem(last=False), od)
try:
    od.move_to_end('missing')
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y, {'a': 1, 'b': 2} == x)
print(OrderedDict(), OrderedDict([('k', 'v')]), OrderedDict({'q': 1}, r=2))
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
c = x.copy()
c['n'] = 0
print(c, x, type(c).__name__)
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys([1, 2], 0))
print(isinstance(x, dict), len(x), 'a' in x, x.get('b'), x.pop('a'), x)
print(OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__)
u = OrderedDict(a=1)
u |= {'a': 5, 'c': 3}
print(u)
u.update(d=4)
u.setdefault('a', 100)
print(u)
del u['a']
u['a'] = 1
print(u, list(u))
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
    print(list(lru))
