# traceback carets: UnboundLocalError
def f():
    print("in f")
    x = y + 1
    y = 2
    return x
f()
