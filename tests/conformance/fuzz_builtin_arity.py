# Found by callfuzz: builtins called with too few arguments indexed past their argument array (a .NET
# IndexOutOfRangeException, reported as SystemError) instead of raising CPython's TypeError.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


show("round()", lambda: round())
show("round(1, 2, 3)", lambda: round(1, 2, 3))
show("round(number=)", lambda: round(number=2.675, ndigits=2))
show("round(x=1)", lambda: round(x=1))
show("round(1.5)", lambda: round(1.5))
show("staticmethod()", lambda: staticmethod())
show("staticmethod(1, 2)", lambda: staticmethod(1, 2))
show("classmethod()", lambda: classmethod())
show("classmethod(1, 2)", lambda: classmethod(1, 2))
show("range.__contains__()", lambda: range(3).__contains__())
show("range.__contains__(1, 2)", lambda: range(3).__contains__(1, 2))
show("range.__contains__(2)", lambda: range(3).__contains__(2))
show("sys.set_int_max_str_digits()", lambda: __import__("sys").set_int_max_str_digits())
show("sys.set_int_max_str_digits('a')", lambda: __import__("sys").set_int_max_str_digits('a'))
show("sys.set_int_max_str_digits(2**70)", lambda: __import__("sys").set_int_max_str_digits(2**70))
show("sys.set_int_max_str_digits(-1)", lambda: __import__("sys").set_int_max_str_digits(-1))
show("sys.set_int_max_str_digits(100)", lambda: __import__("sys").set_int_max_str_digits(100))
