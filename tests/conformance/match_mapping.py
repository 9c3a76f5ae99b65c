# match: mapping patterns with **rest, duplicate-key errors
def m(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {"k": [a, *_]}:
            return f"list under k starting {a}"
        case {}:
            return "some mapping"
    return "not a mapping"
print(m({"type": "point", "x": 1, "y": 2}))
print(m({"type": "point", "x": 1, "y": 2, "z": 3}))
print(m({"type": "circle", "r": 5, "color": "red", "fill": True}))
print(m({"type": "circle", "r": 5}))
print(m({"k": [7, 8]}))
print(m({"k": "str"}))
print(m({}))
print(m([("type", "point")]))
print(m("type"))

def rest_only(x):
    match x:
        case {**everything}:
            return everything
print(rest_only({1: 2, 3: 4}))
print(rest_only(5))

def missing_vs_none(x):
    match x:
        case {"a": None}:
            return "a is None"
        case {"a": _}:
            return "a present"
    return "no a"
print(missing_vs_none({"a": None}), missing_vs_none({"a": 0}), missing_vs_none({"b": None}))

class K:
    A = "a"
    B = "a"
def dup(x):
    match x:
        case {K.A: 1, K.B: 2}:
            return "matched"
    return "no"
try:
    print(dup({"a": 1, "b": 2}))
except ValueError as e:
    print(type(e).__name__, e)
print(dup({"a": 1}))

