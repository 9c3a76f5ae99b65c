# traceback carets: a binary operation inside a call argument chain
def f(x):
    return x
print("start")
total = 10
f(f(f(total // (total - 10))))
