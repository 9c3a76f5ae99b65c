from __future__ import annotations
# Under the annotations future, annotations are never evaluated: their names do not appear anywhere.

def f(a: Undefined1, *args: U2, b: U3 = 1, **kw: U4) -> U5:
    x: U6 = 1
    y: U7
    return x

class C:
    attr: U8
    other: U9 = [z for z in range(3)]
    def m(self) -> lambda: (q for q in r):
        pass

v: [w for w in range(2)] = 3
