# krait: no-cpython-lib
# json: RecursionError on deep nesting both ways, and with check_circular=False on a cycle.
import json
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError:
    print('RecursionError dumps')
l = []; l.append(l)
try:
    json.dumps(l, check_circular=False)
except RecursionError:
    print('RecursionError circular unchecked')
d = {}
for i in range(5000):
    d = {'k': d}
try:
    json.loads(json.dumps(d, check_circular=False) if False else '{"k":' * 5000 + '1' + '}' * 5000)
except RecursionError:
    print('RecursionError loads dict')
ok = '[' * 500 + ']' * 500
print(len(json.dumps(json.loads(ok))))
print(json.loads('{"a":' * 300 + '1' + '}' * 300) is not None)
def loads_ok(n, open_='[', close=']'):
    try:
        json.loads(open_ * n + close * n)
        return True
    except RecursionError as e:
        return str(e)
def dumps_ok(n, **kw):
    x = []
    for i in range(n):
        x = [x]
    try:
        return len(json.dumps(x, **kw))
    except RecursionError as e:
        return str(e)
print(loads_ok(990), loads_ok(1000), loads_ok(5000))
print(loads_ok(1000, '{"k":', '}'))
print(dumps_ok(990), dumps_ok(1000))
print(dumps_ok(1000, indent=1))
