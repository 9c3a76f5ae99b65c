# krait: no-cpython-lib
# copy with collections types and subclasses of built-in containers.
import copy
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple

od = OrderedDict([('b', [1]), ('a', [2])])
oc = copy.copy(od)
odc = copy.deepcopy(od)
print(type(oc).__name__, list(oc), oc['b'] is od['b'], odc['b'] is od['b'], odc == od)
dd = defaultdict(list)
dd['x'].append(1)
dc = copy.deepcopy(dd)
print(type(dc).__name__, dc.default_factory is list, dict(dc), dc['x'] is dd['x'])
dq = deque([[1], [2]], maxlen=5)
q1 = copy.copy(dq)
q2 = copy.deepcopy(dq)
print(type(q1).__name__, q1.maxlen, list(q1), q1[0] is dq[0], q2[0] is dq[0], list(q2))
cn = Counter('abca')
print(copy.copy(cn) == cn, type(copy.deepcopy(cn)).__name__)
P = namedtuple('P', 'x y')
pt = P([1], 2)
print(copy.copy(pt) is pt, copy.deepcopy(pt) == pt, copy.deepcopy(pt).x is pt.x)

class MyList(list):
    pass
ml = MyList([[1], 2])
ml.tag = 't'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc[0] is ml[0], md[0] is ml[0], md.tag)

class MyDict(dict):
    pass
mdict = MyDict(a=[1])
mdict.extra = 5
c = copy.deepcopy(mdict)
print(type(c).__name__, c, c['a'] is mdict['a'], c.extra)

nested = {'l': [{'s': {1, 2}}], 't': ([1],)}
nc = copy.deepcopy(nested)
print(nc == nested, nc['l'][0]['s'] is nested['l'][0]['s'], nc['t'][0] is nested['t'][0])
