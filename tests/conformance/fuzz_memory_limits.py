# Impossible sizes end in MemoryError (empty message) or CPython's OverflowError, never a .NET error, and
# float overflow keeps CPython's message.
import math


def show(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if hasattr(r, "__len__") else r)
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))


show("str * 2**62", lambda: 'x' * 2**62)
show("2**62 * str", lambda: 2**62 * 'x')
show("str2 * 2**62", lambda: 'ab' * 2**62)
show("str * 2**63", lambda: 'x' * 2**63)
show("str * -2**63", lambda: 'x' * -2**63)
show("str * -2**64", lambda: 'x' * -2**64)
show("empty str * 2**62", lambda: '' * 2**62)
show("list * 10**13", lambda: [0] * 10**13)
show("list2 * 2**62", lambda: [0, 1] * 2**62)
show("list * 2**63", lambda: [1] * 2**63)
show("empty list * 2**62", lambda: [] * 2**62)
show("tuple * 2**62", lambda: (1,) * 2**62)
show("bytes * 2**62", lambda: b'x' * 2**62)
show("bytes2 * 2**62", lambda: b'ab' * 2**62)
show("bytearray(10**15)", lambda: bytearray(10**15))
show("bytes(10**15)", lambda: bytes(10**15))
show("bytes(2**63)", lambda: bytes(2**63))
show("bytes(-1)", lambda: bytes(-1))
show("list(range(10**12))", lambda: list(range(10**12)))
show("tuple(range(10**12))", lambda: tuple(range(10**12)))
show("ljust", lambda: 'x'.ljust(2**62))
show("rjust", lambda: 'x'.rjust(2**62))
show("center", lambda: 'x'.center(2**62))
show("zfill", lambda: '1'.zfill(2**62))
show("expandtabs", lambda: '\t'.expandtabs(2**62))
show("len(range(2**64))", lambda: len(range(2**64)))
show("1 << 2**62", lambda: 1 << 2**62)
show("2.0 ** 10000", lambda: 2.0 ** 10000)
show("10.0 ** 400", lambda: 10.0 ** 400)
show("pow(2.0, 10000)", lambda: pow(2.0, 10000))
show("1e308 * 10", lambda: 1e308 * 10)
show("math.exp(1000)", lambda: math.exp(1000))
show("2 ** -10000", lambda: 2 ** -10000)
show("float(10**400)", lambda: float(10**400))
show("10**400 / 1", lambda: 10**400 / 1)
