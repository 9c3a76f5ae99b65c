def f(a):
  global a
# ====
def f():
  x = 1
  global x
# ====
def f():
  print(x)
  global x
# ====
def f():
  x: int
  global x
# ====
def f():
  x += 1
  global x
# ====
def f(a):
  nonlocal a
# ====
def f():
  x = 1
  def g():
    x = 2
    nonlocal x
# ====
def f():
  x = 1
  def g():
    print(x)
    nonlocal x
# ====
def f():
  x = 1
  def g():
    x: int
    nonlocal x
# ====
nonlocal x
# ====
x = 1
nonlocal x
# ====
class C:
  nonlocal x
# ====
def f():
  def g():  nonlocal   x
# ====
def f():
  global x
  nonlocal x
# ====
def f():
    x = 1
    def g():
        global x
        nonlocal x
# ====
def f():
  nonlocal x
  global x
# ====
def f(a, b, a): pass
# ====
def f(a, *, b, **a): pass
# ====
def f(a, /, a): pass
# ====
def f(*a, a): pass
# ====
lambda a, a: 1
# ====
class C:
  def f(self, __a, _C__a): pass
# ====
def f(éé, éé): pass
# ====
def f():
    from os import *
# ====
class C:
  from os import  *
# ====
def f():
  global x
  x: int
# ====
def f():
  x = 1
  def g():
    nonlocal x
    x: int = 3
# ====
def f():
  global x
  (x): int
# ====
global x
x: int
# ====
[i := 0 for i in x]
# ====
[[(j := 0) for i in x] for j in y]
# ====
[x for x in (y := [1])]
# ====
[x for x in [1] for y in (z := x)]
# ====
[x for x in [1] if (j := 0) for j in y]
# ====
class C:
  [ (y := 1) for x in z]
# ====
class C:
  def f(self):
    [ (y := 1) for x in z]
# ====
def f():
    [x for x in (lambda: (y := 1))()]
# ====
[(yield x) for x in y]
# ====
{(yield) for x in y}
# ====
{x: (yield) for x in y}
# ====
((yield) for x in y)
# ====
def f():
    [(yield from x) for x in y]
# ====
yield 1
# ====
class C:
   yield 1
# ====
x = [(yield from y)]
# ====
await x
# ====
def f():
    await x
# ====
lambda: await x
# ====
class C:
  await x
# ====
def f():
  class C:
    await x
# ====
async def f():
  def g(): yield from (await x)
# ====
def f():
    [x for x in await y]
# ====
return 1
# ====
class C:
  return
# ====
if 0:
  return 1
# ====
break
# ====
continue
# ====
for x in y: pass
else: break
# ====
while x:
  def f(): break
# ====
while x:
  class C: continue
# ====
while x:
  try:
    pass
  finally:
    break
# ====
for x in y:
  try: pass
  except* E: break
# ====
for x in y:
  try: pass
  except* E: continue
# ====
def f():
  try: pass
  except* E: return
# ====
async def f():
    yield 1
    return 2
# ====
async def f():
    return 2
    yield 1
# ====
async def f():
    yield from x
# ====
def f():
    async for x in y: pass
# ====
def f():
    async with x: pass
# ====
async with x: pass
# ====
async def f():
    [x for x in y if (lambda: [z async for z in w])]
# ====
def f():
    [x async for x in y]
# ====
def f():
    [await x for x in y]
# ====
def f():
    (await x for x in y)
# ====
async def f():
    [[x async for x in y] for z in w]
# ====
def f():
    {x: y async for x, y in z}
# ====
a, *b, *c = d
# ====
[a, *b, *c] = d
# ====
for a, *b, *c in d: pass
# ====
*a = 1
# ====
x = *a
# ====
try: pass
except: pass
except ValueError: pass
# ====
try: pass
except: pass
except: pass
finally: pass
# ====
import os; from __future__ import annotations
# ====
import os
from __future__ import annotations
# ====
"doc"
from __future__ import braces
# ====
from __future__ import nested_scopes, spam
# ====
def f():
    from __future__ import annotations
# ====
from __future__ import annotations; import sys; from __future__ import division
# ====
from __future__ import annotations
def f(x: (yield)): pass
# ====
from __future__ import annotations
def f(x: (await y)): pass
# ====
from __future__ import annotations
x: (y := 1)
# ====
from __future__ import annotations
def f() -> (yield): pass
# ====
from __future__ import annotations
def f(x: int) -> (lambda: (yield)): pass
# ====
def f(x: (yield)): pass
# ====
x: (yield)
# ====
def f():
  x: (await y)
# ====
f(a=1, a=2)
# ====
class C(a=1, a=2): pass
# ====
__debug__ = 1
# ====
x.__debug__ = 1
# ====
def f(__debug__): pass
# ====
del __debug__
# ====
f(__debug__=1)
# ====
import __debug__
# ====
def f():
  x = 1
  global x
  global x
# ====
def f():
  nonlocal x
  x = 1
# ====
def f():
  x = 1
  def g():
    nonlocal x
    x = 2
  return g
# ====
x = 1
def f():
  global x
  x = 2
# ====
match x:
  case [a, a]: pass
# ====
match x:
  case {"k": a, **a}: pass
# ====
match x:
  case (a | b) if g: pass
# ====
match x:
  case (1 | _): pass
# ====
match x:
  case _: pass
  case 1: pass
# ====
match x:
  case [_, a] | [b, _]: pass
# ====
match x:
  case [1, (2 | c)] | [1, 2]: pass
# ====
match x:
  case C(a=1, a=2): pass
# ====
match x:
  case C(__debug__=1): pass
# ====
match x:
  case [*a, *b]: pass
# ====
match x:
  case __debug__: pass
# ====
match x:
  case (1 | 2) as __debug__: pass
# ====
match x:
  case [a, *a]: pass
# ====
match x:
  case a | a: pass
# ====
match x:
  case {1: a, 1: b}: pass
# ====
match x:
  case [a, [b, (c | d)]]: pass
# ====
match x:
  case (a | [b]) | c: pass
# ====
match x:
  case ([c] | [b] ) | (x as y): pass
# ====
match x:
  case {1: _, True: _}: pass
# ====
match x:
  case {"a": _, "a": _}: pass
# ====
match x:
  case {1.0: _, 1: _}: pass
# ====
match x:
  case {-0.0: _, 0: _}: pass
# ====
match x:
  case [*_, *_]: pass
# ====
match x:
  case [_, *_, _] | [*_]: pass
# ====
match x:
  case C(a, b=[c, c]): pass
# ====
match x:
  case _ if x: pass
  case _: pass
# ====
match x:
  case 1: pass
  case _: pass
  case _: pass
# ====
match x:
  case (a): pass
  case 1: pass
# ====
match x:
  case {None: _, None: _}: pass
# ====
match x:
  case {b"x": _, b"x": _}: pass
# ====
match x:
  case {1j: _, 1j: _}: pass
# ====
match x:
  case A.B | C.D: pass
# ====
match x:
  case [a, b] | [b, a]: pass
# ====
match x:
  case 1 | _: pass
  case 2: pass
# ====
match x:
  case [a, (b | c) as d] | [b, c, d]: pass
# ====
match x:
  case {1: a, **a}: pass
# ====
while 1:
 while 2:
  while 3:
   while 4:
    while 5:
     while 6:
      while 8:
       while 9:
        while 10:
         while 11:
          while 12:
           while 13:
            while 14:
             while 15:
              while 16:
               while 17:
                while 18:
                 while 19:
                  while 20:
                   while 21:
                    while 22:
                     break
# ====
def f():
 for a in b:
  try:
   with c as d, e:
    try:
     pass
    except E:
     try:
      pass
     finally:
      while 1:
       with f: pass
  finally: pass
# ====
from __future__ import annotations
object.__debug__: int
# ====
def f():
    try:
        pass
    except* Exception as e:
        return 42
    finally:
        finished = True
# ====
def f():
    try:
        raise ValueError
    except* Exception as e:
        return (42 +
          1)
# ====
x: int = 1; x.__debug__: int = 2
# ====
match x:
  case C(_, a) | C(b, _): pass
# ====
match x:
  case {1: _, 2: a} | {1: b, 2: _}: pass
# ====
match x:
  case [_, *_, a] | [b, *_, _]: pass
# ====
match x:
  case [_, *r, a] | [b, *r, _]: pass
# ====
match x:
  case C(x=a, y=_) | C(x=b, y=_): pass
# ====
match x:
  case [a] | [_]: pass
# ====
match x:
  case [a] | [_, *_]: pass
# ====
def f():
  for x in y:
    try: pass
    except* E:
      return -1
# ====
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, a255, *b = c
# ====
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, *b = c
# ====
[a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, a255, a256, a257, a258, a259, a260, a261, a262, a263, a264, a265, a266, a267, a268, a269, a270, a271, a272, a273, a274, a275, a276, a277, a278, a279, a280, a281, a282, a283, a284, a285, a286, a287, a288, a289, a290, a291, a292, a293, a294, a295, a296, a297, a298, a299, *b] = c
# ====
for __debug__ in x: pass
# ====
with x as __debug__: pass
# ====
try: pass
except E as __debug__: pass
# ====
import os as __debug__
# ====
from os import path as __debug__
# ====
class __debug__: pass
# ====
def __debug__(): pass
# ====
lambda __debug__: 1
# ====
def f(*, __debug__): pass
# ====
def f(*__debug__): pass
# ====
(__debug__ := 1)
# ====
__debug__ += 1
# ====
x: int = __debug__
# ====
__debug__: int
# ====
del x.__debug__
# ====
f(**{'__debug__': 1})
# ====
print(__debug__)
