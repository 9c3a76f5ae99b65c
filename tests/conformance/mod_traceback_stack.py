# krait: no-cpython-lib
# traceback: extract_stack / format_stack / print_stack (sys._getframe), walk_stack, walk_tb, extract_tb,
# format_tb / print_tb with limits, sys.tracebacklimit, clear_frames.
import io
import sys
import traceback

HERE = __file__.rsplit('/', 1)[0]


def show(text):
    if not isinstance(text, str):
        text = ''.join(text)
    print(text.replace(HERE, '{DIR}'), end='')


def level3():
    stack = traceback.extract_stack()
    print([(f.name, f.lineno, f.line) for f in stack])
    print([(f.name, f.lineno) for f in traceback.extract_stack(limit=2)])
    print([(f.name, f.lineno) for f in traceback.extract_stack(limit=-1)])
    show(traceback.format_stack())
    show(traceback.format_stack(limit=1))
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    show(buf.getvalue())
    frame = sys._getframe(1)
    show(traceback.format_stack(frame))
    print([(f.name, f.lineno) for f in traceback.extract_stack(frame, limit=1)])
    walked = []
    for f, lineno in traceback.walk_stack(sys._getframe()):
        walked.append((f.f_code.co_name, lineno))
    print(walked)
    return stack


def level2():
    return level3()


def level1():
    return level2()


result = level1()
print(type(result).__name__, len(result) >= 4)


def fail(n):
    if n == 0:
        raise LookupError('deep')
    fail(n - 1)


try:
    fail(4)
except LookupError as caught:
    err = caught
    tb = caught.__traceback__

print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
print([type(f).__name__ for f, _ in traceback.walk_tb(tb)][:1])
print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename == __file__)
summary = traceback.extract_tb(tb)
print(len(summary), [(f.name, f.lineno) for f in summary])
print([(f.name, f.lineno) for f in traceback.extract_tb(tb, limit=2)])
print([(f.name, f.lineno) for f in traceback.extract_tb(tb, limit=-2)])
print(traceback.extract_tb(tb, limit=0), traceback.extract_tb(None))
show(traceback.format_tb(tb))
show(traceback.format_tb(tb, limit=1))
show(traceback.format_tb(tb.tb_next.tb_next))
buf = io.StringIO()
traceback.print_tb(tb, limit=-1, file=buf)
show(buf.getvalue())
sys.tracebacklimit = 2
print(len(traceback.extract_tb(tb)), len(traceback.format_exception(err)))
sys.tracebacklimit = -1
print(len(traceback.extract_tb(tb)), traceback.format_exception(err))
sys.tracebacklimit = 0
print(len(traceback.extract_tb(tb)))
del sys.tracebacklimit
print(len(traceback.extract_tb(tb)))
print(traceback.clear_frames(tb))
print(traceback.clear_frames(None))
