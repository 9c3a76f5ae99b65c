# ExceptionGroup.split / subgroup / derive
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")]), KeyError("d")])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
m, r = eg.split((TypeError, KeyError))
print(repr(m))
print(repr(r))
print(eg.split(ExceptionGroup) == (eg, None))
print(eg.split(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == "c")))
print(eg.subgroup(lambda e: False))
print(eg.subgroup(lambda e: True) is eg)
d = eg.derive([IndexError("x")])
print(repr(d), type(d).__name__)
try:
    eg.split(5)
except TypeError as e:
    print(e)
try:
    eg.split((ValueError, 5))
except TypeError as e:
    print(e)
err = ValueError("with cause")
g = ExceptionGroup("g", [err, TypeError()])
g.__cause__ = KeyError("cause")
m, r = g.split(ValueError)
print(repr(m.__cause__), repr(r.__cause__))
