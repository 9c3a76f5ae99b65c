def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    y = 1
    del y
    return y
try:
    g()
except NameError as e:
    print(type(e).__name__, e)
