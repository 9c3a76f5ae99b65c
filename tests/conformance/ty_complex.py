# complex: literals, repr, arithmetic, power, division by zero, comparisons, hash, parsing, format
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(1j, 2j * 1j, 1 + 2j, 1.5 - 2.5j, -1j, 0j, -0j, complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), complex(1e20, 1e-5))
print(complex(), complex(3), complex(1, 2), complex(1.5), complex(1j), complex(1j, 1j), complex(real=2, imag=3), complex(2, imag=1), complex(True))
print(complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-j"), complex("2.5"), complex("1e3j"), complex("inf"), complex("-nanj"), complex("+1.5-2.25J"), complex("1_000+2j"))
for s in ["", "1+", "j1", "1+2", "(1+2j", "1+2jj", "1 + 2j", "abc", "1e", "--1j", "1__0"]:
    show(lambda: complex(s))
show(lambda: complex("1", 2))
show(lambda: complex(1, "2"))
show(lambda: complex(None))
show(lambda: complex([]))
show(lambda: complex(1, None))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag, (1j).real, type(a.real).__name__)
print(a + 1, 1 + a, a * 2.5, 2 / a, a - True, 10 - a, a / 2)
print(a ** 2, a ** -1, a ** 0, (1 + 1j) ** 10, 1j ** 2, a ** 0.5, 2 ** a, (1j) ** 1j, 0j ** 0, 0j ** 2)
print((-8) ** (1 / 3), (-1) ** 0.5, pow(-2.0, 0.5))
show(lambda: a / 0)
show(lambda: a / 0j)
show(lambda: 1 / 0j)
show(lambda: 0j ** -1)
show(lambda: 0j ** 1j)
show(lambda: a // 2)
show(lambda: a % 2)
show(lambda: divmod(a, 2))
show(lambda: a < b)
show(lambda: a >= 1)
show(lambda: int(a))
show(lambda: float(a))
show(lambda: (1e300 + 1e300j) * (1e300 + 1e300j))
show(lambda: abs(complex(1e308, 1e308)))
print(a == 3 + 4j, a != b, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, a == "x", 1j in [1j], 0j == False)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(3 + 4j), hash(-1j), hash(complex(0, 1e100)))
print(bool(0j), bool(1j), bool(complex(0, 0.0)), {1j: "a"}[1j])
print(format(1 + 2j), format(1 + 2j, ".2f"), format(-1.5 - 2j, "e"), format(3j, "g"), format(1 + 2j, ">20"), format(1 + 2j, "*^16.1f"), format(1.5 + 2j, "+"), format(2j, ".3"))
print("{:.1f}|{:10}|{}".format(1.25 + 3.75j, 1j, 2 + 0j), f"{1+2j!r:>12}", f"{3-1j:.2e}")
show(lambda: format(1j, "05"))
show(lambda: format(1j, "=10"))
show(lambda: format(1j, "d"))
print(repr(complex(1, 2)), str(1 + 2j), repr(complex(float("inf"), float("nan"))), complex(float("-inf"), -0.0))
print(isinstance(1j, complex), type(1j).__name__, sum([1j, 2, 3.5]), [1j] * 2, sorted([3, 1, 2], key=lambda x: abs(x * 1j)))
