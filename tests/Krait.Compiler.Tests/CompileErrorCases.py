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
