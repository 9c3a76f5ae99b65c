# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) with CPython's checks
import types, sys
def f():
    return sys._getframe()
fr = f()
tb = types.TracebackType(None, fr, 10, 42)
print(tb.tb_next, tb.tb_frame is fr, tb.tb_lasti, tb.tb_lineno, type(tb).__name__)
tb2 = types.TracebackType(tb, fr, 0, 7)
print(tb2.tb_next is tb, tb2.tb_frame.f_code.co_name)
for args in [('x', fr, 0, 1), (None, 'x', 0, 1), (None, fr, 'a', 1), (None, fr, 0, 'b'), (None, fr, 0), ()]:
    try:
        types.TracebackType(*args)
    except Exception as e:
        print(type(e).__name__, e)
t3 = types.TracebackType(tb_next=None, tb_frame=fr, tb_lasti=0, tb_lineno=1)
print(t3.tb_lineno)
e = ValueError('boom').with_traceback(tb2)
print(e.__traceback__ is tb2)
t = e.__traceback__
while t:
    print(t.tb_lineno)
    t = t.tb_next
for target, nxt in [(tb, tb2), (tb2, tb2)]:
    try:
        target.tb_next = nxt
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    1 / 0
except ZeroDivisionError as z:
    real = z.__traceback__
    mine = types.TracebackType(real, real.tb_frame, real.tb_lasti, 99)
    print(mine.tb_frame is real.tb_frame, mine.tb_next is real, mine.tb_lineno, real.tb_lineno)
print(types.TracebackType)
