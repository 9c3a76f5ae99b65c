# PEP 479, gi_running and 'generator already executing', gi_code/gi_frame basics
def pep479():
    yield 1
    raise StopIteration("x")
try:
    list(pep479())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def via_next():
    yield next(iter([]))
try:
    next(via_next())
except RuntimeError as e:
    print(e)
try:
    next(x for x in [1] if next(iter([])))
except RuntimeError as e:
    print("genexp", e)

def running():
    yield g.gi_running
g = running()
print(g.gi_running, next(g), g.gi_running)

def reent():
    yield next(g2r)
g2r = reent()
try:
    next(g2r)
except ValueError as e:
    print(e)

def simple():
    yield 1
g = simple()
print(g.gi_code.co_name, g.gi_frame is None)
list(g)
print(g.gi_frame is None, g.gi_yieldfrom)
print(type(g).__name__, g.__name__, g.__qualname__)
