from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft([10, 20])
print(d)
d.clear()
print(d, len(d), bool(d), bool(deque([0])))
print(deque(), deque(()), deque(range(5)), deque('hello'))
print(repr(deque([1, 'a', None, (1, 2)])), str(deque([1.5])))
b = deque(range(10), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(10)
print(b)
b.appendleft(5)
print(b)
b.extend([1, 2])
print(b)
b.extendleft([7, 8, 9, 6])
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))
d = deque([1, 2, 3, 4, 5])
d[1] = 'x'
d[-1] = 'y'
print(d)
del d[0]
del d[-2]
print(d)
print(list(d), tuple(d), list(reversed(d)), [x for x in d])
print(2 in deque([1, 2]), 'q' in deque('abc'), 3 not in deque([3]))
e = deque()
for i in range(100):
    e.append(i)
    if i % 3 == 0:
        e.popleft()
print(len(e), e[0], e[-1], sum(e))
big = deque()
for i in range(1000):
    big.appendleft(i)
print(big[0], big[999], big[500], len(big))
while len(big) > 2:
    big.pop()
    big.popleft()
print(big)
print(type(d).__name__, type(d), deque.__name__)
s = deque([deque([1]), [2]])
s.append(s)
print(s)
