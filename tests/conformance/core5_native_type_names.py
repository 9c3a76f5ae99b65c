# Messages name a type CPython writes in C outside builtins by its tp_name ('collections.deque'); OrderedDict's
# views and iterators have their own types; dict | OrderedDict is an OrderedDict; a subclass of int is named as itself.
import array, collections, functools, io, itertools, re
from collections import OrderedDict, deque, defaultdict

for f in [lambda: deque().foo, lambda: OrderedDict().foo, lambda: itertools.count().foo,
          lambda: defaultdict().foo, lambda: functools.partial(len).foo, lambda: array.array('b').foo,
          lambda: io.StringIO().foo, lambda: re.compile('a').foo, lambda: collections.Counter().foo,
          lambda: collections.ChainMap().foo, lambda: hash(deque()), lambda: deque() + 1, lambda: itertools.count() + 1,
          lambda: deque.foo, lambda: itertools.chain.foo, lambda: len(itertools.count()), lambda: itertools.islice(1, 2)[0]]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(deque.__iter__, itertools.count.__next__, OrderedDict.__iter__, deque.append)
print(type(iter(deque([1]))), type(reversed(deque([1]))).__name__)

r = {'b': 2} | OrderedDict(a=1); print(type(r).__name__, r)
r = OrderedDict(a=1) | {'b': 2}; print(type(r).__name__, r)
d = {'x': 1}; d |= OrderedDict(y=2); print(type(d).__name__, d)
class Sub(OrderedDict): pass
s = Sub(x=1); print(type({'q': 0} | s).__name__, {'q': 0} | s, type(s | {'q': 0}).__name__)

od = OrderedDict(a=1, b=2); od.move_to_end('a')
print(list(od), list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)), list(reversed(od.items())))
print(type(iter(od)).__name__, type(iter(od.keys())).__name__, type(reversed(od)).__name__, type(reversed(od.values())).__name__)
print(od.keys(), od.items(), od.values(), type(od.keys()).__mro__)
print(od.keys() & {'a'}, od.items() == {('a', 1), ('b', 2)}, 'a' in od.keys(), len(od.values()))
print(type(defaultdict(int).keys()).__name__, type(reversed(defaultdict(int))).__name__)

class MyInt(int): pass
class MyList(list): pass
for expr in ["MyInt(3) + 'a'", "'a' + MyInt(3)", "[1] + MyInt(2)", "MyList([1]) + (2,)", "MyInt(2) @ 2", "'x' * 2.5"]:
    try: print(eval(expr))
    except TypeError as e: print('TypeError', e)
import types
print(types.FunctionType.__module__, int.__module__, deque.__module__)
