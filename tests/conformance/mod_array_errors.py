import array
def setitem(a, k, v):
    a[k] = v
def iadd(a, b):
    a += b
    return a
for c in 'bBhHiIlLqQ':
    it = array.array(c).itemsize
    lo = -(1 << (it * 8 - 1)) if c.islower() else 0
    hi = (1 << (it * 8 - 1)) - 1 if c.islower() else (1 << (it * 8)) - 1
    out = []
    for v in (lo, hi, lo - 1, hi + 1, 1.5, 'x', 10**30, -10**30):
        try:
            out.append(repr(array.array(c, [v])))
        except (OverflowError, TypeError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(c, out)
for c in 'fdu':
    for v in ('x', 1, 'ab', 1.5, 10**400):
        try:
            print(c, repr(v), array.array(c, [v]))
        except (OverflowError, TypeError) as e:
            print(c, repr(v), type(e).__name__ + ':' + str(e))
errs = [lambda: array.array('z'), lambda: array.array(1), lambda: array.array('ab'), lambda: array.array('i', 'abc'),
        lambda: array.array('i', b'abc'), lambda: array.array('i', [1]) + [2], lambda: array.array('i', [1]) + array.array('d', [2]),
        lambda: array.array('i', [1]).pop(5), lambda: array.array('i').pop(), lambda: array.array('i', [1]).index(5),
        lambda: array.array('i', [1]).remove(5), lambda: array.array('i', [1]).extend(array.array('d')),
        lambda: array.array('i', [1]).fromlist((1,)), lambda: array.array('i', [1]).tounicode(), lambda: array.array('i', [1])[5],
        lambda: hash(array.array('i')), lambda: array.array('i', array.array('d', [1.0, 2.0])),
        lambda: array.array('u', array.array('i', [1, 2])), lambda: setitem(array.array('i', [1, 2]), slice(0, 1), [5]),
        lambda: setitem(array.array('i', [1, 2, 3]), slice(0, 3, 2), array.array('i', [1])), lambda: array.array('i', [1, 2])['x'],
        lambda: iadd(array.array('b', [1]), [1]), lambda: setitem(array.array('i', [1]), 0, 'x'),
        lambda: setitem(array.array('b', [1]), 0, 300), lambda: array.array('i', [1, 2]) * 'x']
for f in errs:
    try:
        print(f())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
a = array.array('i', [1, 2])
try:
    a.fromlist([3, 'x'])
except TypeError as e:
    print(type(e).__name__, e, a)
