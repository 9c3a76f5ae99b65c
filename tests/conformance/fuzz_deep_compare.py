# Comparisons of deeply nested containers count toward the recursion limit (RecursionError "in comparison").
import sys


def nest_list(n):
    a = []
    for _ in range(n):
        a = [a]
    return a


def nest_tuple(n):
    t = ()
    for _ in range(n):
        t = (t,)
    return t


def nest_dict(n):
    d = {}
    for _ in range(n):
        d = {1: d}
    return d


def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, type(e).__name__, e)


a, b = nest_list(100000), nest_list(100000)
attempt("list ==", lambda: a == b)
attempt("list !=", lambda: a != b)
attempt("list <", lambda: a < b)
attempt("list >=", lambda: a >= b)
attempt("in list", lambda: a in [b])
attempt("not in list", lambda: a not in [1, b])
attempt("identity in", lambda: a in [a])
attempt("empty in", lambda: [] in [a])
attempt("list.index", lambda: [b].index(a))
attempt("list.count", lambda: [b, 1].count(a))
t1, t2 = nest_tuple(100000), nest_tuple(100000)
attempt("tuple ==", lambda: t1 == t2)
attempt("tuple <", lambda: t1 < t2)
attempt("tuple hash equal", lambda: hash(t1) == hash(t2))
d1, d2 = nest_dict(100000), nest_dict(100000)
attempt("dict ==", lambda: d1 == d2)
attempt("dict !=", lambda: d1 != d2)
# Shallow nesting still compares.
attempt("depth 50", lambda: nest_list(50) == nest_list(50))
attempt("depth 500 tuple", lambda: nest_tuple(500) < nest_tuple(501))
attempt("dict depth 100", lambda: nest_dict(100) == nest_dict(100))
# The limit follows sys.setrecursionlimit.
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
attempt("depth 3000 at 5000", lambda: nest_list(3000) == nest_list(3000))
sys.setrecursionlimit(100)
attempt("depth 3000 at 100", lambda: nest_list(3000) == nest_list(3000))
sys.setrecursionlimit(old)
# After the errors, ordinary comparisons work again.
print([1, [2, [3]]] == [1, [2, [3]]], (1, (2,)) < (1, (3,)), {1: {2: 3}} == {1: {2: 3}})
