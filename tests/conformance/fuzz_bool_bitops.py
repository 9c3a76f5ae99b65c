# Found by difffuzz: bool & | ^ bool gave an int (0/1) instead of a bool.
for a in (False, True):
    for b in (False, True):
        print(a, b, repr(a & b), repr(a | b), repr(a ^ b))
print(repr(True & 3), repr(False | 2), repr(True ^ 1), repr(2 & True), repr(True & 1.0 if False else None))
x = False
x |= True
print(repr(x))
x &= False
print(repr(x))
x ^= True
print(repr(x))
f = lambda p, q: (p & q, p | q, p ^ q)
print(f(True, False), f(True, True), f(1, True))
print(repr(tuple([(False & True), (not {})])))
try:
    print(True & 1.5)
except TypeError as e:
    print(type(e).__name__, e)
