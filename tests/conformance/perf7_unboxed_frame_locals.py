# Locals kept unboxed (a double and a kind beside the object local) must still show their values in a
# traceback's frame, whether the exception comes from fused arithmetic or elsewhere in the function.
import sys


def integrate(n, fail_at):
    total = 0.0
    step = 1.0 / n
    x = 0.0
    count = 0
    for i in range(n):
        x = i * step
        total += x * x * step
        count += 1
        if i == fail_at:
            raise ValueError("stop at %d" % i)
    return total


def divide(values):
    acc = 0
    scale = 3
    for v in values:
        acc += scale * v
        scale -= 1
        acc = acc / scale
    return acc


def show(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        tb = sys.exc_info()[2]
        while tb.tb_next is not None:
            tb = tb.tb_next
        loc = tb.tb_frame.f_locals
        print(type(e).__name__, e)
        for name in sorted(loc):
            value = loc[name]
            if isinstance(value, float):
                value = round(value, 9)
            print("  %s = %r (%s)" % (name, value, type(value).__name__))


show(integrate, 1000, 700)
show(integrate, 10, 0)
show(divide, [1, 2, 3, 4])


def unbound_later(flag):
    if flag:
        y = 2.5 * 2
    z = 1 + 1
    return y * z


show(unbound_later, False)
print(unbound_later(True))
