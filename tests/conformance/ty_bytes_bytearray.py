# bytearray construction, mutation, slice assignment, deletion, in-place operators
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(range(3)))
show(lambda: bytearray(-1))
show(lambda: bytearray("abc"))
show(lambda: bytearray([300]))
a = bytearray(b"hello")
a.append(33)
a.extend(b" world")
a.extend([65, 66])
a.extend(bytearray(b"!"))
print(a, len(a))
a.insert(0, 62)
a.insert(-1, 60)
a.insert(100, 46)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(108)
print(a)
a.reverse()
print(a)
a[0] = 90
a[-1] = 89
print(a, a[0], a[-1], a[2:5])
a[1:3] = b"XYZW"
print(a)
a[0:0] = [1, 2]
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
a[2:4] = b""
print(a)
del a[0]
del a[-1]
del a[1:3]
del a[::3]
print(a)
b = bytearray(b"abcdef")
b[1:4] = b
print(b)
c = bytearray(b"xy")
c += b"zw"
c += bytearray(b"!")
c *= 2
print(c)
d = c
d += b"."
print(d is c, c)
e = bytearray(b"ab") + b"cd"
print(type(e).__name__, e, bytearray(b"ab") * 2, b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__)
print(bytearray(b"abc").upper(), bytearray(b"a,b").split(b","), bytearray(b" x ").strip(), bytearray(b"abc").replace(b"b", b"B"), bytearray(b"ab").hex())
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < bytearray(b"abd"), list(bytearray(b"hi")), 105 in bytearray(b"hi"))
f = bytearray(b"12345")
f.clear()
print(f, len(f), bytearray(b"xyz").copy())
show(lambda: bytearray(b"a")[5])
show(lambda: bytearray(b"a").pop(5))
show(lambda: bytearray().pop())
show(lambda: bytearray(b"a").remove(9))
show(lambda: bytearray(b"a").append(256))
show(lambda: bytearray(b"a").append("a"))
show(lambda: bytearray(b"a").insert(0, 300))
show(lambda: hash(bytearray()))
show(lambda: bytearray(b"a").extend("abc"))
show(lambda: bytearray(b"a").extend(5))
g = bytearray(b"abcdef")
def setitem(i, v):
    g[i] = v
show(lambda: setitem(0, 256))
show(lambda: setitem(10, 1))
show(lambda: setitem(slice(0, 6, 2), b"xy"))
show(lambda: setitem(slice(0, 2), 5))
show(lambda: setitem("x", 1))
def delitem(i):
    del g[i]
show(lambda: delitem(10))
print(g)
h = bytearray(b"ab")
for x in h:
    if len(h) < 5:
        h.append(x)
print(h)
print(bytearray(b"%d-%s") % (5, b"x"), b"%05.1f|%x|%c|%r" % (2.25, 255, 65, b"q"))
