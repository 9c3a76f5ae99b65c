s = list(range(10))
print(s[2:8:2], s[::-3], s[-3:], s[:-3], s[5:2], s[100:], s[-100:2], s[slice(1, 4)])
t = tuple(s)
print(t[1:3], "abcdef"[1::2], "abcdef"[::-2], range(10)[2:8:3])
s[::2] = [0] * 5
print(s)
