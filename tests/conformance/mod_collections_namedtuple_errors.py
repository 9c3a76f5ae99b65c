from collections import namedtuple

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

P = namedtuple('P', 'x y')
attempt(lambda: P(1))
attempt(lambda: P())
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, z=2))
attempt(lambda: P(1, x=2))
attempt(lambda: P(1, 2)._replace(z=1))
attempt(lambda: P(1, 2)._replace(z=1, w=2))
attempt(lambda: P._make([1]))
attempt(lambda: P._make([1, 2, 3]))
attempt(lambda: namedtuple('P', 'x x'))
attempt(lambda: namedtuple('P', 'x def'))
attempt(lambda: namedtuple('P', 'x _y'))
attempt(lambda: namedtuple('1P', 'x'))
attempt(lambda: namedtuple('P', 'x-y'))
attempt(lambda: namedtuple('class', 'x'))
attempt(lambda: namedtuple('P', 'x y', defaults=[1, 2, 3]))
D = namedtuple('D', 'a b c', defaults=[3])
attempt(lambda: D())
attempt(lambda: D(1, 2, 3, 4))
attempt(lambda: namedtuple('T', 'a b c d')(1))

def set_field():
    p = P(1, 2)
    p.x = 5
attempt(set_field)

def set_other():
    p = P(1, 2)
    p.z = 5
attempt(set_other)

def item_assign():
    p = P(1, 2)
    p[0] = 5
attempt(item_assign)
attempt(lambda: P(1, 2)[2])
attempt(lambda: P(1, 2).w)
