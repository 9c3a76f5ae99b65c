# traceback carets: assert points at its test
def check(v):
    assert v > 0 and v < 10, "out of range"
    return v
check(5)
check(50)
