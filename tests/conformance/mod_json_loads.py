# krait: no-cpython-lib
# json.loads: values, hooks, and the exact JSONDecodeError messages and positions.
import json

print(json.loads('[1, 2.5, "x", null, true, false, {"a": [], "b": {}}]'))
print(json.loads('  {"k": 1e16, "m": -1.5E-3, "n": -0, "big": 123456789012345678901234567890}  '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"') == 'é\U0001f600\n\t"\\/\b\f\r')
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\ud83d\\u0041"')))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads(b'{"a": 1}'), json.loads(bytearray(b'[1]')))
print(json.loads('{"a": 1}'.encode('utf-16')), json.loads('[2]'.encode('utf-32')), json.loads('[3]'.encode('utf-16-le')))
print(json.loads(b'\xef\xbb\xbf[4]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.0, 1e400, -1e400]'))
print(type(json.loads('1')), type(json.loads('1.0')), type(json.loads('1e2')))
cases = ['"\\x"', '"\\u12"', '"abc', '"a\x01"', '[1,]', '{"a":1,}', '{1:2}', '{"a" 1}', '[1 2]', '', ' ',
         '-', 'nul', '1.', '01', '1e', '[', '{', '{"a"', '{"a":', '\ufeff1', 'tru', '[1]x', '"\\', '1 2',
         '{"a":1 "b"}', '"\\uZZZZ"', '"ab\\q"', '"ab\\u00"', '"\\ud83d\\x"', '[1,2', '[1,2,', '{"a":1',
         '"x\ny"', '\n\n  [1,\n  2,,]', '[-]', '+1', '.5', '[1e+]', '{"a":1}}', '[NaN', 'Infinit', '-Inf',
         '{"a" : 1 , "b" : [ 1 , { } ] ,}', "{'a': 1}", '[true false]']
for s in cases:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError is json.decoder.JSONDecodeError)
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.loads('"a\x01b\tc"', strict=False))
try:
    json.loads('"a\tb"')
except ValueError as e:
    print(e)
deep = '[' * 100000 + ']' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print('RecursionError')
print(len(json.dumps(json.loads('[' * 200 + ']' * 200))))
