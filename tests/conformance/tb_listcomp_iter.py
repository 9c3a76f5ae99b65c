# traceback: the iterator of a comprehension raising
def gen():
    yield 1
    raise KeyError("from gen")
total = sum([x for x in gen()])
