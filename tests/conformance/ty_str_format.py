# str.format / format_map and the replacement-field grammar
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b!r} {a!s:>5}".format(a="q", b="w"))
print("{0.x} {0.y[1]} {1[k]} {2[0]}".format(P(), {"k": "v"}, [7]))
print("{:>8} {:<8}| {:^8} {:*^9}".format("r", "l", "c", "s"))
print("{:08.3f} {:+d} {:x} {:#o} {:,} {:_b} {:e} {:.2%}".format(3.14159, 5, 255, 8, 1234567, 10, 12345.678, 0.256))
print("{:{}{}}".format(3.5, ">", 10), "{0:{1}.{2}f}".format(2.71828, 10, 3), "{:{w}}|".format("a", w=4))
print("{!r} {!s} {!a}".format("é", P(), "ñ"))
print("{} {:abc}".format(P(), P()))
print("{{}} {{{}}} }}{{".format(5))
print("{0[1]}{0[0]}".format("ab"), "{x[-1]}".format(x={"-1": "neg"}))
print("{:d}".format(True), "{:s}".format("str"), "{:10}|".format(True), "{}".format(None))
print("{name}-{0}".format(1, name="n"))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class D:
    def __getitem__(self, key):
        return "<" + key + ">"
print("{a} {zz}".format_map(D()))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0".format())
show(lambda: "{0}".format())
show(lambda: "{}{0}".format(1))
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{x}".format())
show(lambda: "{0!z}".format(1))
show(lambda: "{0!}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{0.}".format(1))
show(lambda: "{0.nope}".format(1))
show(lambda: "{0[}".format(1))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{:d}".format("a"))
show(lambda: "{:x}".format(1.5))
show(lambda: "{0:{1:{2}}}".format(1, 2, 3))
show(lambda: "{a}".format_map({}))
show(lambda: "{0}".format_map({}))
show(lambda: "{:{}}".format(1))
