# krait: no-cpython-lib
# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Obj(%d)' % self.n
    def method(self):
        return self.n * 10

keep = [Obj(1), Obj(2)]

def fill_values(d):
    d['a'] = keep[0]
    d['b'] = keep[1]
    d['gone'] = Obj(99)

wvd = weakref.WeakValueDictionary()
fill_values(wvd)
gc.collect()
print(len(wvd), sorted(wvd.keys()), 'gone' in wvd, wvd.get('gone', 'default'), wvd['a'])
try:
    wvd['gone']
except KeyError as e:
    print('KeyError', e)
print(sorted(wvd.items(), key=lambda kv: kv[0]), sorted(v.n for v in wvd.values()))
print(wvd.pop('a'), len(wvd), wvd.setdefault('b', None), repr(wvd).startswith('<WeakValueDictionary at'))
wvd2 = weakref.WeakValueDictionary({'x': keep[0]})
print(dict(wvd2.items()), len(wvd2.copy()))

def fill_keys(d):
    d[keep[0]] = 'first'
    d[Obj(50)] = 'temporary'

wkd = weakref.WeakKeyDictionary()
fill_keys(wkd)
gc.collect()
print(len(wkd), list(wkd.items()), keep[0] in wkd, wkd[keep[0]], wkd.get(keep[1], 'none'))
wkd[keep[1]] = 'second'
print(sorted(wkd.values()), len(wkd.keyrefs()))
del wkd[keep[1]]
print(len(wkd), 5 in wkd)

def fill_set(s):
    s.add(keep[0])
    s.add(keep[1])
    s.add(Obj(77))

ws = weakref.WeakSet()
fill_set(ws)
gc.collect()
print(len(ws), sorted(o.n for o in ws), keep[0] in ws, 'x' in ws)
ws.discard(keep[0])
print(len(ws), list(ws))
ws2 = weakref.WeakSet(keep)
print(len(ws2 | ws), len(ws2 - ws), len(ws2 & ws), ws <= ws2)

wm = weakref.WeakMethod(keep[0].method)
print(wm()(), wm() == keep[0].method)
def dead_method():
    o = Obj(5)
    return weakref.WeakMethod(o.method)
dwm = dead_method()
gc.collect()
print(dwm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__)

def cleanup(tag):
    print('finalize ran', tag)
    return 'result-' + tag

def make_finalizer():
    o = Obj(3)
    return weakref.finalize(o, cleanup, 'collected')
fz = make_finalizer()
gc.collect()
print(fz.alive)
held = Obj(4)
f2 = weakref.finalize(held, cleanup, 'called')
print(f2.alive, f2.peek()[1] is cleanup, f2.atexit)
print(f2())
print(f2.alive, f2(), f2.peek())
f3 = weakref.finalize(held, cleanup, 'detached')
print(f3.detach()[2], f3.alive)
f4 = weakref.finalize(held, cleanup, 'at exit')
print('end of program')
