x = 5
x += 3; x -= 1; x *= 4; x //= 3; x **= 2; x %= 7
print(x)
f = 1.5
f /= 2; f += 0.25
print(f)
s = "a"
s += "b"
s *= 3
print(s)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
class O:
    pass
o = O()
o.v = 1
o.v += 10
d = {"k": 1}
d["k"] += 5
print(o.v, d)
b = 6
b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1
print(b)
