from collections import deque

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1])[1])
attempt(lambda: deque([1])[-2])
attempt(lambda: deque([1])['a'])
attempt(lambda: deque([1, 2, 3]).remove(5))
attempt(lambda: deque([1, 2]).index(5))
attempt(lambda: deque([1, 2, 3]).index(1, 1))
attempt(lambda: deque(1, 2, 3, 4))
attempt(lambda: deque([], -1))
attempt(lambda: deque([], 'x'))
attempt(lambda: deque(5))
attempt(lambda: deque([1], 1).insert(0, 2))
attempt(lambda: deque([1]).rotate('a'))
attempt(lambda: deque([1]) + [2])
attempt(lambda: hash(deque()))
attempt(lambda: deque([1]) < deque(['a']))

def setmax():
    d = deque()
    d.maxlen = 3
attempt(setmax)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = deque([1, 2, 3])
try:
    for x in d:
        d.popleft()
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(deque([1, 2]))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('stop')
dd = deque([1, 2])
r = reversed(dd)
print(next(r))
dd.append(0)
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
d = deque([1, 2])
d[0] = 5
it = iter(d)
print(list(it))
