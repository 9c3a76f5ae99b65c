a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, (lambda: 0) is not None)
x = 256
y = 255 + 1
print(x is y, x == y)
class P: pass
p = P()
print(p == p, p != P(), hash(p) == hash(p))
