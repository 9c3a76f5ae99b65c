x = 1 + 2.5
# ----
def f(a, /, b=1, *c, d, e=2, **g) -> int:
    return None
# ----
@dec
@dec2(1)
async def g(x: int = 3, *, y: 'str') -> None:
    await x
    async for i in y:
        pass
    else:
        ...
    async with a as (b, c), d:
        yield
    yield from z
# ----
class C(B, metaclass=M, **kw):
    """doc"""
    x: int
    y: list[int] = []
    (z): int = 1
    def m(self): nonlocal_ = 1
# ----
from . import a as b
from ..m.n import (c, d as e)
from m import *
import os, os.path as p
# ----
print(f'{x!r:>10}', b'\x00"', ..., 1j, u'\u00e9', k=True)
f"{a}{b!s}{c!a:{d}.{e}}text{{}}"
rb'\d' br"x"
'''tri
ple''' "a" "b"
# ----
match p:
    case None | [1, *r] | {'k': _, **rest}: pass
    case C(a=b): pass
    case Point(1, y=2) if y > 0: pass
    case [*_]: pass
    case {1: x, "k": [y, z]}: pass
    case -1 | 1.5 | -2j | 1 + 2j | True | False | "s" "t" | b"": pass
    case (a, b) as c: pass
    case x.y.z: pass
# ----
for i in y:
    del a[1:2, ::3]
else:
    x[i] += 1
# ----
try:
    pass
except E as e:
    raise
except (A, B):
    raise X from Y
else:
    pass
finally:
    global g
# ----
try:
    pass
except* ValueError as eg:
    pass
except* TypeError:
    pass
# ----
lambda *, k: [i for i in a if i async for j in b]
lambda a, b=1, *args, c, d=2, **kw: 0
lambda: (yield)
# ----
with open() as f, g: yield
# ----
while not a and b or c:
    if x is not None: break
    elif x not in y: continue
    else: assert x, "msg"
# ----
a = b = c, d = e
a, *b = [1, 2]
x: "T"
x @= y; x //= 2; x **= 3; x >>= 1; x <<= 1; x |= 1; x ^= 1; x &= 1; x %= 1; x -= 1; x *= 1; x /= 1
# ----
{1: 2, **d, 3: 4}; {1, 2, *s}; {k: v for k, v in d.items()}; {x for x in y}; (x for x in y if x if not x)
a < b <= c > d >= e == f != g in h not in i is j is not k
-x; +x; ~x; not x; x if y else z; (y := 10); a[1:2:3]; a[::]; a[b, c:d]; a.b.c; f(*a, **k, x=1)
# ----
0.1 + 1e16 + 1e-05 + 1.5e-07 + 0.0001 + 123.0 + 1e308 * 10 + 5e-324 + 2.2250738585072014e-308
0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF + 9223372036854775807 + 9223372036854775808 + 0o777 + 0b101 + 1_000_000
1e16j + 0j + 1.5j + 1e400j + 10000000000000000j
# ----
s = '\x00\x7f\x80\xff\u0100\u2028\ud800x\udfff\udc00\udbff\U0001F600\U0010FFFF\t\n\r\\\'"'
t = "it's"
p = '\ud800\udc00' 'x\udbff' '\udfff' + "'\udbff\U0000dfff"
u = 'say "hi"'
v = '\'"'
w = b'\x00\x7f\x80\xff\t\n\r\\\'"'
z = "\N{LATIN SMALL LETTER A}\N{EM DASH}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{NUL}"
n = 'ñ é 中文 🎉 ‮ \u00ad \ufeff \u200b'
# ----
def f():
    global a, b
    def g():
        nonlocal a
    return
# ----
[*a, *b] = c
(a, b), c = d
del (a, b), [c]
x = yield
x = await y
# ----
if a:
    pass
elif b:
    pass
elif c:
    pass
