# The ValueError of int() shows the first 200 code points of the argument's repr: astral characters count as one
# (found by difffuzz, seed 361468355).
for text in ["\U0001F600x" * 150, "x" * 300, "\U0001F600" * 199 + "yz", "é" * 250, "ab\U0001F600" * 70]:
    for base in (10, 16):
        try:
            int(text, base)
        except ValueError as e:
            print(len(str(e)), str(e)[-12:])
for data in [b"\xff" * 100, b"x" * 300]:
    try:
        int(data)
    except ValueError as e:
        print(len(str(e)), str(e)[-12:])
