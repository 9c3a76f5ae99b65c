# yield inside try bodies and except handlers; the handled exception is restored on resume
import sys

def g2():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError("boom")
        except ValueError as e:
            print("caught", e)
            yield "in handler"
            print("exc_info", sys.exc_info()[1])
        else:
            yield "else"
        finally:
            print("fin", i)
print(list(g2()))

def g():
    try:
        raise KeyError("inner")
    except KeyError:
        print("before", sys.exc_info()[1])
        yield 1
        print("after", sys.exc_info()[1])
        try:
            raise ValueError("nested")
        except ValueError:
            yield 2
            print("nested", repr(sys.exc_info()[1]))
        print("back", repr(sys.exc_info()[1]))
    print("out", sys.exc_info())
it = g()
print(next(it))
print("caller", sys.exc_info())
try:
    raise TypeError("caller")
except TypeError:
    print(next(it))
    print("caller2", repr(sys.exc_info()[1]))
print(list(it))

def multi():
    for exc in (KeyError, IndexError, ZeroDivisionError):
        try:
            raise exc("x")
        except KeyError as e:
            yield "key " + str(e)
        except (IndexError, ZeroDivisionError) as e:
            yield type(e).__name__
print(list(multi()))

def reraise():
    try:
        yield 1
        raise ValueError("v")
    except ValueError:
        yield 2
        raise
r = reraise()
print(next(r), next(r))
try:
    next(r)
except ValueError as e:
    print("reraised", e)

def bare():
    try:
        1 / 0
    except:
        yield sys.exc_info()[0].__name__
print(list(bare()))
