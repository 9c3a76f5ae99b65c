# Reversed and stepped slices of long strings (copied in blocks) must match element-by-element reversal.
def naive(s, start, stop, step):
    return "".join(s[i] for i in range(*slice(start, stop, step).indices(len(s))))
base = "".join(chr(48 + (i * 7) % 75) for i in range(10007))
for (a, b, c) in [(None, None, -1), (None, None, -2), (5000, 100, -1), (-2, None, -1), (None, 4095, -1),
                  (4096, None, -1), (8191, 0, -1), (10006, -10008, -1), (3, 3, -1), (0, None, -1),
                  (None, None, 3), (1, -1, 1), (10, 4000, 7), (9999, 1, -4097)]:
    r = base[a:b:c]
    print(a, b, c, len(r), r == naive(base, a, b, c), r[:12], r[-12:])
for n in [0, 1, 2, 4095, 4096, 4097, 8192, 12289]:
    s = "".join(chr(97 + i % 26) for i in range(n))
    r = s[::-1]
    print(n, len(r), r == "".join(reversed(s)), r[:5], r[-5:], r[::-1] == s)
# Astral characters reverse as code points.
t = "ab\U0001F600cd\U0001F601" * 3
print(ascii(t[::-1]), len(t[::-1]), ascii(t[::-2]))
class S(str):
    pass
r = S("hello")[::-1]
print(type(r).__name__, r)
