def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise KeyError("one")
    return 10 // (n - 2)
for i in range(4):
    try:
        print(risky(i))
    except ValueError as e:
        print("ValueError:", e)
    except (KeyError, TypeError) as e:
        print("lookup:", repr(e))
    except ZeroDivisionError:
        print("zero division")
    else:
        print("no error")
    finally:
        print("finally", i)
try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e, e.args)
try:
    {}["k"]
except LookupError as e:
    print("lookup", e)
class MyError(Exception):
    pass
try:
    raise MyError("custom", 2)
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, MyError), str(e))
def f():
    try:
        return "from try"
    finally:
        print("cleanup")
print(f())
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
try:
    int("zz")
except ValueError as e:
    print(e)
