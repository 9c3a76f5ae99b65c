# tb_frame on traceback objects: code, globals, line and the locals as the exception left each frame.
import sys

def g():
    v = 1
    def inner(): return v
    w = [1, 2]
    raise ValueError("boom")

def caller(n):
    total = n * 3
    g()

try:
    caller(4)
except ValueError as e:
    tb = e.__traceback__
    fr = tb.tb_frame
    print(fr.f_code.co_name, fr.f_locals is fr.f_globals, fr.f_globals is globals(), tb.tb_lineno)
    tb2 = tb.tb_next
    print(tb2.tb_frame.f_code.co_name, tb2.tb_lineno, tb2.tb_frame.f_lineno)
    print(sorted(tb2.tb_frame.f_locals.items()))
    tb3 = tb2.tb_next
    fr3 = tb3.tb_frame
    print(fr3.f_code.co_name, fr3.f_lineno, sorted(fr3.f_locals), fr3.f_locals['v'], fr3.f_locals['w'])
    print(fr3.f_locals is fr3.f_locals, fr3.f_back is tb2.tb_frame, tb2.tb_frame.f_back is fr)
    print(fr3.f_code is g.__code__, fr3.f_globals is globals())
    print(tb3.tb_next)

def handled(k):
    before = k + 1
    try:
        {}[k]
    except KeyError as e:
        fr = e.__traceback__.tb_frame
        print(fr.f_code.co_name, fr.f_locals['k'], fr.f_locals['before'], fr is e.__traceback__.tb_frame)
handled(5)

def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def deep(n):
    level = n
    if n == 0:
        raise RuntimeError("bottom")
    deep(n - 1)

try:
    deep(3)
except RuntimeError as e:
    print(walk(e.__traceback__))
    t = e.__traceback__
    levels = []
    while t is not None:
        if t.tb_frame.f_code.co_name == "deep":
            levels.append(t.tb_frame.f_locals['level'])
        t = t.tb_next
    print(levels)

def gen_fail():
    state = "started"
    yield 1
    state = "failing"
    raise IndexError("in gen")

try:
    for _ in gen_fail():
        pass
except IndexError as e:
    t = e.__traceback__.tb_next
    print(t.tb_frame.f_code.co_name, t.tb_frame.f_locals['state'], t.tb_lineno)

try:
    sys.exit(3)
except SystemExit as e:
    print(e.code, e.__traceback__.tb_frame.f_code.co_name)

info = None
def capture():
    secret = 42
    try:
        1 / 0
    except ZeroDivisionError:
        global info
        info = sys.exc_info()
capture()
print(info[0].__name__, info[2].tb_frame.f_locals['secret'], info[2].tb_frame.f_code.co_name)
