import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

from star_all import *
print(a, _b)
try:
    print(c)
except NameError as e:
    print(type(e).__name__, e)
from star_noall import *
print(a, b, f(), imp_mod_a.VALUE)
try:
    print(_hidden)
except NameError as e:
    print(type(e).__name__, e)
try:
    from star_bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print(ok)
try:
    from star_nonstr_all import *
except TypeError as e:
    print(type(e).__name__, e)
from pkg1 import *
print(P)
try:
    mod_y
except NameError as e:
    print(type(e).__name__, e)


def later():
    return a + b


print(later())
