# traceback of an uncaught ExceptionGroup: nested boxes, chained sub-exceptions
def f():
    raise ValueError("bad value")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("converted") from e
errors = []
for func in (f, g):
    try:
        func()
    except Exception as e:
        errors.append(e)
print("raising")
raise ExceptionGroup("many", [errors[0], ExceptionGroup("nested", [errors[1], KeyError("k")]), IndexError(5)])
