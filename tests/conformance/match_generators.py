# match inside generators and loops; captures only bound when the whole pattern matches
def tokens(items):
    for it in items:
        match it:
            case int(n) | float(n):
                yield ("num", n)
            case str(s) if s.isidentifier():
                yield ("name", s)
            case [*parts]:
                yield from tokens(parts)
            case _:
                yield ("other", it)
print(list(tokens([1, "x", 2.5, ["y", 3, ["z"]], "+"])))

def partial_bind(v):
    a = "unset"
    match v:
        case [a, 2]:
            pass
        case _:
            pass
    return a
print(partial_bind([1, 3]))
print(partial_bind([1, 2]))

def loop_break():
    for v in range(10):
        match v:
            case 3:
                continue
            case 6:
                break
        print(v)
loop_break()

def in_try(v):
    try:
        match v:
            case {"x": x}:
                return x
            case _:
                raise KeyError(v)
    except KeyError as e:
        return "missing " + repr(e)
print(in_try({"x": 1}), in_try({"y": 1}))
