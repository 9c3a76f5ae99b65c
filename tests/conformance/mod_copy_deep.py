# krait: no-cpython-lib
# copy.deepcopy: recursive structures, the memo dict, tuples that need no copy, bound methods and classes.
import copy

x = [1, [2, [3]], {'a': (4, [5])}]
y = copy.deepcopy(x)
print(y == x, y is x, y[1] is x[1], y[1][1] is x[1][1], y[2]['a'] is x[2]['a'], y[2]['a'][1] is x[2]['a'][1])

r = [1]
r.append(r)
c = copy.deepcopy(r)
print(c[1] is c, c is r, len(c))

d = {}
d['self'] = d
c = copy.deepcopy(d)
print(c['self'] is c, c is d)

t = (1, 'two', (3.0, None))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
c = copy.deepcopy(t2)
print(c == t2, c is t2, c[1] is t2[1])

shared = [0]
pair = [shared, shared]
c = copy.deepcopy(pair)
print(c[0] is c[1], c[0] is shared)

memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, memo[id(x[1])] is y[1], len(memo))
print(type(memo[id(memo)]).__name__, len(memo[id(memo)]))
z = copy.deepcopy(x, memo)
print(z is y)

memo = {id(shared): 'replaced'}
print(copy.deepcopy([shared, 1], memo))


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node('root')
kid = root.add(Node('kid'))
kid.add(Node('grandkid'))
c = copy.deepcopy(root)
print(c.value, c.children[0].parent is c, c.children[0] is kid, c.children[0].children[0].value)


class Custom:
    def __init__(self, data):
        self.data = data

    def __deepcopy__(self, memo):
        print('__deepcopy__ with', type(memo).__name__)
        return Custom(copy.deepcopy(self.data, memo) + ['copied'])


print(copy.deepcopy(Custom([1])).data)
print(copy.deepcopy([Custom([2])])[0].data)


class Holder:
    def method(self):
        return self


h = Holder()
m = copy.deepcopy(h.method)
print(m.__self__ is h, type(m.__self__).__name__, m.__func__ is Holder.method)


def f():
    pass


print(copy.deepcopy(f) is f, copy.deepcopy(Holder) is Holder, copy.deepcopy(len) is len)
print(copy.deepcopy({1, 2}), copy.deepcopy(frozenset({3})), copy.deepcopy(bytearray(b'xy')))
s = {(1, 2)}
print(copy.deepcopy(s) == s)


class MyList(list):
    pass


ml = MyList([[1], [2]])
ml.meta = {'k': [0]}
c = copy.deepcopy(ml)
print(type(c).__name__, c, c[0] is ml[0], c.meta == ml.meta, c.meta['k'] is ml.meta['k'])


class MyDict(dict):
    pass


md = MyDict(a=[1])
c = copy.deepcopy(md)
print(type(c).__name__, c, c['a'] is md['a'])
big = list(range(5))
nested = [big] * 3
c = copy.deepcopy(nested)
print(c[0] is c[1] is c[2], c[0] is big)
