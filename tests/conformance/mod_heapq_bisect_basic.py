import heapq
import bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), data)
print(heapq.heappushpop(data, 10), data)
print(heapq.heappushpop([], 3))
print(heapq.nsmallest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nlargest(3, [5, 1, 4, 1, 5, 9, 2, 6]))
print(heapq.nsmallest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(heapq.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(0, [1]), heapq.nsmallest(1, [3, 1, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
# tuples compare lexicographically; equal priorities keep their heap order
tasks = []
for p, name in [(2, 'write'), (1, 'read'), (3, 'sleep'), (1, 'eat')]:
    heapq.heappush(tasks, (p, name))
while tasks:
    print(heapq.heappop(tasks))

for args in [([],), (1, 2), ([], 1, 2)]:
    try:
        heapq.heappush(*args)
    except Exception as e:
        print(type(e).__name__, e)
for f in [heapq.heappop, heapq.heapify]:
    try:
        f(5)
    except Exception as e:
        print(type(e).__name__, e)
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1], 'a')
except TypeError as e:
    print(type(e).__name__, e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
print(bisect.bisect_left(a, 2, lo=4), bisect.bisect_right(a, 5, 0, None))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0, 0, 0)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect()
except TypeError as e:
    print(type(e).__name__, e)
try:
    bisect.bisect_left([1, 2], 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 2, 3), 2))
