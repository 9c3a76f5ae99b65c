s = "hello world"
print(s[1:4], s[:3], s[3:], s[:], s[-3:], s[:-3], s[5:2], s[100:], s[-100:2], s[2:100], s[None:3], s[3:None], s[True:3])
print(s[:] is s, s[0:len(s)] is s, s[1:2], repr(s[4:4]))
l = [1, 2, 3, 4, 5]
print(l[1:3], l[:], l[:] is l, l[-2:], l[10:], l[-10:-3], l[3:1], l[None:None])
t = (1, 2, 3)
print(t[1:], t[:2], b"abcdef"[1:3], bytearray(b"xyz")[1:], range(10)[2:5], memoryview(b"abc")[1:].tobytes())
a = "x\U0001F600yz"
print(a[1:3], len(a[1:3]), a[-2:])
class G:
    def __getitem__(self, k): return k
print(G()[1:2], G()[:], G()["a":"b"], G()[1:2:3])
class I:
    def __index__(self): return 2
print(s[I():], l[:I()])
try: s["a":]
except TypeError as e: print(type(e).__name__, e)
try: l[1.5:]
except TypeError as e: print(type(e).__name__, e)
n5 = 5
try: n5[1:2]
except TypeError as e: print(type(e).__name__, e)
big = 10**30
print(s[-big:big], l[big:], l[-big:2])
class SL(list): pass
class SS(str): pass
print(type(SL([1,2,3])[1:]), type(SS("abc")[1:]), SS("abc")[:] , type(SS("abc")[:]))
def gen():
    x = "abcdef"
    y = x[(yield 1):(yield 2)]
    yield y
g = gen(); print(next(g), g.send(1), g.send(4))
