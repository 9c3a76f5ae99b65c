# bytes % formatting (PEP 461)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"%d" % 5, b"%s" % b"abc", b"%b" % bytearray(b"x"), b"%r %a" % (b"y", "z\xe9"), b"%c%c" % (65, b"B"))
print(b"%5s|%-5s|" % (b"ab", b"cd"), b"%.2s" % b"abcdef", b"%5.2f|%x|%o|%X|%e" % (1.5, 255, 8, 255, 1234.5))
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 3}, b"%%" % (), b"100%%" % ())
print(b"%*d|%-*d|" % (4, 1, 4, 2), b"%+d % d" % (3, 4), b"%#x %#o" % (255, 8))
show(lambda: b"%s" % "a")
show(lambda: b"%c" % 300)
show(lambda: b"%c" % b"ab")
show(lambda: b"%d" % b"a")
show(lambda: b"%s %s" % (b"a",))
show(lambda: b"%s" % (b"a", b"b"))
show(lambda: b"%y" % 1)
show(lambda: b"%" % ())
show(lambda: b"%(a)s" % (1,))
