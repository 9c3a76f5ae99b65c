# krait: no-cpython-lib
# json.dumps: every encoder option, exact float and separator output.
import json

print(json.dumps([1, 2.5, 'x', None, True, False, {'a': [], 'b': {}}]))
print(json.dumps({'k': 1e16, 'm': 1.1, 'n': -0.0, 'big': 10**30, 'tiny': 5e-324, 'f': 1/3}))
print(json.dumps((1, (2, 3))))
print(json.dumps('é\U0001f600\x07"\\/\n\t'))
print(json.dumps('é\U0001f600\x07"\\', ensure_ascii=False))
print(json.dumps({'a': [1, {'b': 2}], 'c': 'd'}, indent=2))
print(json.dumps({'a': [1, {'b': 2}]}, indent=0))
print(repr(json.dumps({'a': [1, {'b': 2}]}, indent=-1)))
print(json.dumps({'a': [1, 2]}, indent='\t'))
print(json.dumps({'a': [1, 2]}, indent='--'))
print(json.dumps([[], {}, [[]]], indent=2))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent=1, separators=(' ,', ' = ')))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({1.5: 1, True: 2, None: 3, 2: 4, False: 5, 10**20: 6}))
print(json.dumps({float('inf'): 1, float('nan'): 2}))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
for bad in [float('inf'), [float('nan')], {'x': float('-inf')}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1,): 2, 'ok': 3}, skipkeys=True))
try:
    json.dumps(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps([b'ab'], default=lambda o: o.decode()))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.dumps({'b': 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyDict(a=1), MyList([1])]))
print(json.dumps(True), json.dumps(None), json.dumps(12), json.dumps('plain'))
print(json.dumps(list(range(3)), indent=None, separators=None))
nested = [1]
for i in range(50):
    nested = [nested]
print(len(json.dumps(nested)))
