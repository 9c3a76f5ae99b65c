print(True + True, True * 3, not None, None is None, bool(0), bool([]), bool("x"), bool(0.0))
print(True and 5, 0 or "x", None or 0, 1 and 0, [] or [1], not 1)
print(True == 1, False == 0, hash(True), isinstance(True, int), type(True), type(None))
x = None
print(x is None, x is not None, repr(None), str(True))
