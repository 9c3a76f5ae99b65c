# traceback: nested comprehensions and a generator feeding one
def source():
    yield 1
    yield 0
def ratios():
    return {k: [10 // v for v in source()] for k in "ab"}
ratios()
