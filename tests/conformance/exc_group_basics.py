# ExceptionGroup / BaseExceptionGroup: construction, errors, str/repr, attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

eg = ExceptionGroup("many", [ValueError(1), TypeError("two")])
print(str(eg))
print(repr(eg))
print(eg.message, eg.exceptions, eg.args)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [ValueError()], 3))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested))
try:
    raise nested
except ExceptionGroup as e:
    print("caught", e, len(e.exceptions))
try:
    raise BaseExceptionGroup("base", [SystemExit(3)])
except BaseExceptionGroup as e:
    print("caught base", repr(e))
