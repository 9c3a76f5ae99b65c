# Traceback objects as unittest's result handling edits them: writable tb_next (with CPython's checks),
# read-only tb_frame/tb_lineno/tb_lasti, __traceback__ assignment, with_traceback, and the traceback module
# formatting an edited chain.
import sys
import traceback


def inner():
    return 1 / 0


def middle():
    return inner()


def outer():
    return middle()


try:
    outer()
except ZeroDivisionError as e:
    exc = e

tb = exc.__traceback__
print(type(tb).__name__, tb is exc.__traceback__)
names = []
t = tb
while t is not None:
    names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
    t = t.tb_next
print(names)
print(isinstance(tb.tb_lasti, int))

for bad in (1, "x", [], tb):
    try:
        tb.tb_next.tb_next = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del tb.tb_next
except TypeError as e:
    print(type(e).__name__, e)
for attr in ("tb_frame", "tb_lineno", "tb_lasti"):
    try:
        setattr(tb, attr, None)
    except AttributeError as e:
        print(attr, type(e).__name__, e)

# Cut the chain after the second entry: the exception's traceback is the edited chain.
tb.tb_next.tb_next = None
print([f.name for f in traceback.extract_tb(exc.__traceback__)])
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)).replace(__file__, "FILE"))
te = traceback.TracebackException(type(exc), exc, exc.__traceback__)
print(len(te.stack), te.stack[-1].name, te.exc_type.__name__)

# Drop the first entry, as unittest drops its own frames.
exc.__traceback__ = tb.tb_next
print([f.name for f in traceback.extract_tb(exc.__traceback__)])
exc.__traceback__ = None
print(exc.__traceback__)
try:
    exc.__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# with_traceback: the chain a re-raise starts from.
try:
    try:
        outer()
    except ZeroDivisionError as e:
        saved = e.__traceback__.tb_next
        raise ValueError("wrapped").with_traceback(saved)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    print(e.__context__.__class__.__name__)

try:
    ValueError().with_traceback(1)
except TypeError as e:
    print(type(e).__name__, e)

# sys.exc_info() inside a handler gives the same traceback object.
try:
    middle()
except ZeroDivisionError:
    t, v, tb2 = sys.exc_info()
    print(t.__name__, tb2 is v.__traceback__, tb2.tb_frame.f_code.co_name)
