# Frames seen through direct calls between module-level functions: each call is its own frame.
import sys

def inner():
    f = sys._getframe(1)
    return f.f_code.co_name, sys._getframe(2).f_code.co_name

def middle():
    return inner()

def outer():
    return middle()

for _ in range(3000):
    r = outer()
print(r)

def depth(n):
    if n == 0:
        f = sys._getframe()
        count = 0
        while f is not None:
            count += 1
            f = f.f_back
        return count
    return depth(n - 1)
print(depth(10) - depth(0))
