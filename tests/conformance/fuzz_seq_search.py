# tuple.index / tuple.count / list.index argument handling (found by callfuzz: a missing argument reached a .NET
# IndexOutOfRangeException, and start/stop were ignored).


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


t = (1, 2, 1, 3, 1)
lst = list(t)
attempt("tuple.index()", lambda: t.index())
attempt("tuple.count()", lambda: t.count())
attempt("tuple.count(1, 2)", lambda: t.count(1, 2))
attempt("tuple.count kw", lambda: t.count(x=1))
attempt("unbound count", lambda: tuple.count((1, 1), 1))
attempt("tuple.index too many", lambda: t.index(1, 0, 5, 9))
attempt("tuple.index(1)", lambda: t.index(1))
attempt("tuple.index(1, 1)", lambda: t.index(1, 1))
attempt("tuple.index(1, -1)", lambda: t.index(1, -1))
attempt("tuple.index(1, 3)", lambda: t.index(1, 3))
attempt("tuple.index(2, 0, 1)", lambda: t.index(2, 0, 1))
attempt("tuple.index(3, -100, 100)", lambda: t.index(3, -100, 100))
attempt("tuple.index(1, 2**70)", lambda: t.index(1, 2 ** 70))
attempt("tuple.index(1, None)", lambda: t.index(1, None))
attempt("tuple.index(1, True)", lambda: t.index(1, True))
attempt("tuple.count(1)", lambda: t.count(1))
attempt("tuple.count(1.0)", lambda: t.count(1.0))
attempt("list.index(1, 1)", lambda: lst.index(1, 1))
attempt("list.index(1, -2)", lambda: lst.index(1, -2))
attempt("list.index(2, 2)", lambda: lst.index(2, 2))
attempt("list.index(3, 0, 3)", lambda: lst.index(3, 0, 3))
attempt("list.index(3, 0, -1)", lambda: lst.index(3, 0, -1))
attempt("list.index()", lambda: lst.index())
attempt("list.count()", lambda: lst.count())
