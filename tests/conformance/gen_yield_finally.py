# yield inside finally (when the try part has no return/break/continue)
def cleanup_steps():
    try:
        yield "work"
    finally:
        yield "cleanup 1"
        yield "cleanup 2"
print(list(cleanup_steps()))

def on_error():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        yield "finally while failing"
g = on_error()
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("propagated after finally:", e)

def swallow():
    for i in range(2):
        try:
            raise KeyError(i)
        finally:
            yield "fin %d" % i
            break
    yield "after loop"
print(list(swallow()))

def close_during_finally():
    try:
        yield 1
    finally:
        yield "cleanup"
c = close_during_finally()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def with_handlers():
    try:
        yield "a"
        {}["k"]
    except KeyError as e:
        yield "handled " + repr(e)
    finally:
        yield "finally"
print(list(with_handlers()))

def nested():
    try:
        try:
            yield 1
        finally:
            yield 2
    finally:
        yield 3
print(list(nested()))
