# match: sequence patterns with star, nesting, and what counts as a sequence
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case (first, *rest):
            return f"star: {first} {rest}"
    return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", {1: 2}, range(3), 5, bytearray(b"x"), {1, 2}]:
    print(repr(v), "->", seq(v))

def nested(x):
    match x:
        case [(a, b), [c, *_]]:
            return ("nested", a, b, c)
        case [[*_], *_]:
            return "starts with list"
        case [*_, 0]:
            return "ends with zero"
        case [_, _, *_]:
            return "at least two"
    return "none"
print(nested([(1, 2), [3, 4, 5]]))
print(nested([[], 1]))
print(nested([5, 0]))
print(nested([5, 6, 7]))
print(nested([5]))
print(nested([(1, 2, 3), [3]]))

def star_positions(x):
    match x:
        case [*init, 9]:
            return ("init", init)
        case [1, *mid, 8, 9]:
            return ("mid", mid)
        case [*all]:
            return ("all", all)
print(star_positions([1, 2, 9]))
print(star_positions([9]))
print(star_positions([1, 8, 8]))
print(star_positions(()))

def literal_items(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["drop", *items]:
            return "dropping " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown: " + cmd
for c in ["go north", "pick up sword", "take shield", "drop a b c", "drop", "quit", "exit", "dance now"]:
    print(literal_items(c))
