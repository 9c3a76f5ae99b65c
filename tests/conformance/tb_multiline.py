# traceback carets: an expression spanning lines is marked to the end of its first line
def combine(a, b):
    return a + b
first = 1
total = combine(first,
                "two")
