def f(n):
    t = 0
    for i in range(n,
                   "x"):
        t += i
    return t
f(3)
