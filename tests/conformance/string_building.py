parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), len("".join(parts)))
s = ""
for c in "abc":
    s += c.upper() + "-"
print(s, s[:-1], s.count("-"))
table = [[1, 2, 3], [4, 5, 6]]
for row in table:
    print(" ".join("%3d" % v for v in row))
print("{:>8.3f}|{:<8}|{:^8}|{:08d}".format(3.14159, "left", "mid", 42))
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "abcdef", "%5.1f%%" % 12.345)
