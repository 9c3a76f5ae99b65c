from collections import defaultdict

dd = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'banana', 'cherry']:
    dd[word[0]].append(word)
print(dd)
print(dd['a'], dd['z'], len(dd), 'z' in dd, 'q' in dd)
print(dd.get('q'), 'q' in dd, dd.get('q', 0))
print(dd.default_factory, isinstance(dd, dict), type(dd).__name__)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
nested['x']['z'] -= 1
print(dict(nested['x']), len(nested))
n = defaultdict(None, {1: 2})
print(n, n.default_factory)
try:
    n[5]
except KeyError as e:
    print(type(e).__name__, e)
s = defaultdict(set, a={1})
s['a'].add(2)
s['b'].add(3)
print(s)
print(defaultdict(int, [('a', 1), ('b', 2)]))
print(defaultdict(), defaultdict(str)['missing'] == '')
c = dd.copy()
print(type(c).__name__, c.default_factory, c == dd, c is dd)
c['new'].append(1)
print('new' in dd, 'new' in c)
dd.default_factory = tuple
print(dd['t'], dd.default_factory)
print(dd.__missing__('w'), 'w' in dd)
try:
    defaultdict(1)
except TypeError as e:
    print(type(e).__name__, e)
print(defaultdict(int, {'a': 1}) | {'b': 2}, {'b': 2} | defaultdict(int, {'a': 1}))
m = defaultdict(list)
m |= {'k': [1]}
print(m, type(m).__name__)
print(defaultdict(int, {1: 1}) == {1: 1}, list(defaultdict(int, {3: 0, 1: 0})))
d2 = defaultdict(int)
d2.setdefault('x', 5)
print(d2.pop('x'), d2.pop('y', 'dflt'), d2)
d2['a']
del d2['a']
print(d2, d2.keys(), d2.values())
rec = defaultdict(list)
rec['self'].append(rec)
print(rec)
