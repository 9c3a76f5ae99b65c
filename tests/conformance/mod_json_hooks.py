# krait: no-cpython-lib
# json: object_hook, object_pairs_hook, parse_* hooks, cls subclassing, dump/load with files, raw_decode.
import io
import json
from collections import OrderedDict

doc = '{"b": 1, "a": [1.5, 2, {"c": 3}], "n": NaN}'
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=dict, object_pairs_hook=lambda p: ('pairs', len(p))))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s))
print(json.loads('[1.10, 2.50]', parse_float=str))
print(json.loads('{}', object_hook=lambda d: 'empty'), json.loads('{}', object_pairs_hook=lambda p: p))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        return super().default(o)

def as_point(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d

text = json.dumps({'p': Point(1, 2), 'q': [Point(3, 4)]}, cls=PointEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=as_point)
print(type(back['p']).__name__, back['p'].x, back['q'][0].y)
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    print(type(e).__name__, e)

enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.item_separator == ',', enc.key_separator)
print(enc.encode({'z': 1, 'a': 2}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(json.JSONEncoder(separators=(';', '=')).encode({'a': [1, 2]}))
print(json.JSONEncoder().encode('straight string'))

class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=UpperDecoder))
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": 1}yy', 2))
try:
    dec.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
print(dec.decode('  "s"  '))

buf = io.StringIO()
json.dump({'x': [1, 2, {'y': None}]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('[1, 2]'), object_pairs_hook=list))

class Chunks:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Chunks()
json.dump([1, {'a': 'b'}], c)
print(''.join(c.parts), len(c.parts) > 1)
print(json.dumps({'a': 1}, cls=json.JSONEncoder, indent=None))
