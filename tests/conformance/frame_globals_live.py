# globals() is the module's live namespace: writes go both ways.
g = globals()
print(g is globals())
x = 1
print(g['x'])
x = 2
print(g['x'])
g['y'] = 10
print(y)
g.update({'z': 30, 'w': 40})
print(z + w)
del g['z']
try:
    print(z)
except NameError as e:
    print(type(e).__name__, e)
del w
print('w' in g)
g.setdefault('v', 7)
print(v)
print(g.pop('v'))
try:
    v
except NameError as e:
    print(type(e).__name__, e)

def read_later():
    return later

g['later'] = 'set via dict'
print(read_later())

def write_global():
    global counter
    counter = 100

write_global()
print(g['counter'])
for i in range(3):
    counter += 1
print(g['counter'], counter)
print([k for k in g if k in ('x', 'y', 'counter', 'later')])
# Shadowing a builtin through the dict, then removing it again.
g['len'] = lambda s: -1
print(len('abc'))
del g['len']
print(len('abc'))
