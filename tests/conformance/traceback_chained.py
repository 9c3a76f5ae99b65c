def f():
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("while handling")
f()
