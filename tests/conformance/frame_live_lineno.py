# f_lineno of a frame still running is its current line; gi_frame gives a suspended generator's locals.
import sys

def f():
    fr = sys._getframe()
    a = fr.f_lineno
    b = 1
    c = fr.f_lineno
    return a, c, fr.f_code.co_name
print(f())

def outer():
    fr = inner()
    x = fr.f_lineno
    y = fr.f_lineno
    return x, y, fr.f_back.f_code.co_name

def inner():
    return sys._getframe(1)
print(outer())

def gen(p):
    q = p * 2
    def clo(): return q
    yield 1
    r = 5
    yield 2

g = gen(3)
print(g.gi_frame.f_locals)
next(g)
print(sorted(g.gi_frame.f_locals))
print(g.gi_frame.f_locals['q'], g.gi_frame.f_locals['p'])
next(g)
print(g.gi_frame.f_locals['r'], g.gi_frame.f_locals is g.gi_frame.f_locals, g.gi_frame is g.gi_frame)
print(g.gi_frame.f_code.co_name)
for _ in g: pass
print(g.gi_frame)

ge = (x * 2 for x in range(3))
next(ge)
print(sorted(ge.gi_frame.f_locals))
print(type(sys._getframe()) is type(g.gi_frame) or g.gi_frame is None)

module_frame = sys._getframe()
print(module_frame.f_locals is globals(), module_frame.f_code.co_name)
line_before = module_frame.f_lineno
line_after = module_frame.f_lineno
print(line_after - line_before)
