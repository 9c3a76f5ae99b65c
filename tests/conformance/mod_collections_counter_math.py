from collections import Counter

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4, d=-1)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+a, -a)
print(Counter() + Counter(), -Counter(x=-5, y=5))
x = Counter(a=3, b=1)
y = x
x += Counter(b=2, c=-1)
print(x, y is x)
x -= Counter(a=1, b=5)
print(x)
x |= Counter(a=7, z=2)
print(x)
x &= Counter(a=4, q=1)
print(x)
m = Counter(a=-1, b=2)
m += Counter()
print(m)
print(Counter(a=1) <= Counter(a=1, b=2), Counter(a=2) <= Counter(a=1), Counter(a=1) < Counter(a=1))
print(Counter(a=1) < Counter(a=2), Counter(a=3, b=1) >= Counter(a=3), Counter(a=3) > Counter(a=3))
print(Counter(a=1, b=0) == Counter(a=1), Counter() == Counter(x=0))
for op in ['+', '-', '|', '&']:
    try:
        eval('Counter(a=1) ' + op + ' {"a": 1}') if False else None
    except TypeError as e:
        print(e)
try:
    Counter(a=1) + {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter(a=1) < {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
inv = Counter(apple=3, pear=1)
need = Counter(apple=2, pear=2, fig=1)
print(need - inv, inv - need, (inv & need).total(), (inv | need).total())
print(sum([Counter('ab'), Counter('bc'), Counter('cd')], Counter()))
