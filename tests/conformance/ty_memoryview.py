# memoryview over bytes and bytearray
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"hello")
print(len(m), m[0], m[-1], m.tobytes(), m.tolist(), bytes(m[1:3]), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(m[::2].tobytes(), m[::-1].tobytes(), m[1:4][1], list(m), m.hex(), m == b"hello", m == bytearray(b"hello"), m != b"x", m.obj is not None)
show(lambda: m[10])
show(lambda: memoryview("abc"))
show(lambda: memoryview(5))
def setm(mv, i, v):
    mv[i] = v
show(lambda: setm(m, 0, 1))
ba = bytearray(b"abcdef")
w = memoryview(ba)
w[0] = 65
w[1:3] = b"BC"
print(ba, w.readonly, w.tobytes())
show(lambda: setm(w, 0, 256))
show(lambda: setm(w, slice(0, 2), b"xyz"))
show(lambda: ba.append(1))
w.release()
ba.append(33)
print(ba)
show(lambda: w[0])
show(lambda: len(w))
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm.cast("B").tolist())
show(lambda: cm.tobytes())
print(memoryview(b"abc").toreadonly().readonly, bytes(memoryview(bytearray(b"xyz"))[1:]), b"".join([memoryview(b"a"), b"b"]))
v = memoryview(b"abcdef")[1:5]
print(v.tobytes(), v[::2].tobytes(), len(v[::2]), v.contiguous, v[::2].contiguous, hash(memoryview(b"ab")) == hash(b"ab"))
show(lambda: hash(memoryview(bytearray(b"a"))))
print(v.cast("B").tolist())
