# pickle.dumps gives CPython's exact bytes for every protocol (0-5), and loads round-trips them.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = "dropped"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = "rebuilt"


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


values = [
    0, 1, -1, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 63, -2 ** 100, 10 ** 40,
    0.0, -0.0, 3.5, 1e300, float("inf"), -1.5e-7,
    "", "ascii", "héllo", "\u20ac\U0001F600", "a\nb\\c",
    b"", b"\x00ab", b"\xff" * 3, bytearray(b"xy"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {"a": 1, "b": [2]}, {1: "x", (2, 3): None},
    set(), {1, 2, 3}, frozenset(), frozenset(["q"]),
    None, True, False, 1 + 2j, ..., NotImplemented,
    Point(1, "two"), [Point(0, 0), Point(0, 0)],
    len, max, Point, int, type(None), [].append, "x".upper,
]
for proto in range(6):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v)
        print(" ", repr(v)[:40], data, same, type(back).__name__)

shared = [1, 2]
for proto in range(6):
    data = pickle.dumps([shared, shared, (shared,)], proto)
    back = pickle.loads(data)
    print(proto, data, back[0] is back[1], back[2][0] is back[0])
    rec = [1]
    rec.append(rec)
    data = pickle.dumps(rec, proto)
    back = pickle.loads(data)
    print(proto, data, back[1] is back)
    d = {}
    d["self"] = d
    back = pickle.loads(pickle.dumps(d, proto))
    print(proto, back["self"] is back)
    s = pickle.loads(pickle.dumps(Slotted(1, [2]), proto)) if proto >= 2 else None
    print(proto, s and (s.a, s.b))
    w = pickle.loads(pickle.dumps(WithState(7), proto))
    print(proto, pickle.dumps(WithState(7), proto), w.v, w.cache)
    r = pickle.loads(pickle.dumps(Reduced(1, "x"), proto))
    print(proto, pickle.dumps(Reduced(1, "x"), proto), r.args)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps(1) == pickle.dumps(1, pickle.DEFAULT_PROTOCOL))
for bad in (lambda: 1, (x for x in [])):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
# (Messages of truncated data differ: Krait runs pickle.py's Python unpickler, CPython its C one.)
for data in (b"", b"\x80\x05"):
    try:
        pickle.loads(data)
    except EOFError as e:
        print(type(e).__name__)
try:
    pickle.loads(b"\x80\x09K\x01.")
except ValueError as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(type(e).__name__, e)
