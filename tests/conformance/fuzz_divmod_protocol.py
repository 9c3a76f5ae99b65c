# Found by callfuzz: divmod with a non-number right operand recursed between the builtin and int.__divmod__
# until the .NET stack overflowed.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("int tuple", lambda: divmod(7, (1, 2)))
show("float str", lambda: divmod(7.5, 'x'))
show("str int", lambda: divmod('x', 7))
show("none none", lambda: divmod(None, None))
show("int.__divmod__ tuple", lambda: (7).__divmod__((1, 2)))
show("int.__divmod__ float", lambda: (7).__divmod__(2.0))
show("float.__divmod__ int", lambda: (7.5).__divmod__(2))
show("float.__divmod__ str", lambda: (7.5).__divmod__('a'))
show("ints", lambda: divmod(-7, 2))
show("big", lambda: divmod(10**30, -7))
show("floats", lambda: divmod(7.5, -2))
show("zero", lambda: divmod(1, 0))
show("fzero", lambda: divmod(1.0, 0))


class R:
    def __rdivmod__(self, other):
        return ("rdivmod", type(other).__name__)


class L:
    def __divmod__(self, other):
        return NotImplemented


class Both:
    def __divmod__(self, other):
        return ("divmod", other)


show("rdivmod", lambda: divmod(7, R()))
show("left NotImplemented then right", lambda: divmod(L(), R()))
show("left NotImplemented only", lambda: divmod(L(), 3))
show("left", lambda: divmod(Both(), 3))


class MyInt(int):
    pass


show("int subclass", lambda: divmod(MyInt(17), 5))
show("int subclass tuple", lambda: divmod(MyInt(17), ()))
