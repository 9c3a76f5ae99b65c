# Binding forms: for/with/except/import/match/del/augassign/annotations.
import os.path, sys as system
from collections import OrderedDict as OD, deque
from . import sibling
from .pkg.mod import name

def binds(p):
    for i, (j, *k) in enumerate(p):
        pass
    with open(p) as fh, open(p) as (g1, g2):
        pass
    try:
        pass
    except ValueError as err:
        pass
    except* TypeError as err2:
        pass
    else:
        elsev = 1
    finally:
        fin = 1
    del p
    aug += 1
    attr.x = 1
    sub[0] = 1
    ann: int
    ann2: int = 1
    (paren): int = 2
    obj.at: int
    import a.b.c
    import a.b.d as e
    from m import n as o
    while (w := 1):
        break
    if (q := 2):
        pass
    assert cond, msg
    raise Exc from cause
    return lambda: (aug, ann, fh)

def matching(v):
    match v:
        case [1, 2, *rest]:
            pass
        case {"k": val, **others}:
            pass
        case Point(x=px, y=py) | Point3(px, py):
            pass
        case (a1 | a2) as captured if captured > guard:
            pass
        case {"k": [1, *_]}:
            pass
        case str() as s2:
            pass
        case Color.RED:
            pass
        case None:
            pass
        case _:
            pass

def fstrings(x):
    return f"{x!r:{width}.{prec}} {y=}"

def slices(s):
    return s[a:b:c], s[::], s[d, e:f]

def starred(*a):
    first, *rest = a
    [*lst] = a
    return (*a, *rest), {**kw}, f(*a, **kw)

x: int
y: int = 1
global gm
gm = 1
del gm
