# match: literal, capture, wildcard, value, singleton, or, as patterns and guards
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true"
        case None:
            return "none"
        case str() as s if len(s) > 5:
            return "long string " + s
        case n if isinstance(n, int) and n > 100:
            return "big " + str(n)
        case _:
            return "other " + repr(x)
for v in [0, 1, 3, -1, 1.5, "hi", "hello", b"raw", True, False, None, 1.0, 0.0, "abcdefg", 500, 50, [1]]:
    print(repr(v), "->", describe(v))

class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
    return "no color"
print(color("red"), color("green"), color("blue"))

def capture(x):
    match x:
        case y:
            print("captured", y)
capture(42)

def guard_binds(x):
    match x:
        case n if n > 10:
            print("big", n)
        case m:
            print("guard failed, n is", n, "m is", m)
guard_binds(5)
guard_binds(50)

def grouped(x):
    match x:
        case (1 | 2) as small:
            return ("grouped", small)
        case ((3)):
            return "three"
    return None
print(grouped(2), grouped(3), grouped(4))

x = 10
match x:
    case 10 if x > 100:
        print("no")
    case 10:
        print("module-level match", x)

def falls_through(v):
    match v:
        case 1:
            print("one")
    print("after match")
falls_through(2)
# True matches only True (identity), 1 == True but True pattern uses 'is'
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True")
match True:
    case 1:
        print("True == 1")
