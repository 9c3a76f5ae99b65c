import heapq
import bisect

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed

gen = lcg(42)
data = [next(gen) % 1000 for _ in range(200)]

def heapsort(items):
    h = []
    for v in items:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]

print(heapsort(data) == sorted(data), heapsort([]) == [], heapsort([3, 3, 1]))
h = list(data)
heapq.heapify(h)
print(h[:10], all(h[i] <= h[2 * i + 1] for i in range(len(h) // 2)))
print(heapq.nsmallest(5, data), heapq.nlargest(5, data))
print(heapq.nsmallest(5, data) == sorted(data)[:5], heapq.nlargest(5, data) == sorted(data, reverse=True)[:5])
pairs = [(v % 7, i) for i, v in enumerate(data[:30])]
print(heapq.nsmallest(4, pairs, key=lambda p: p[0]), heapq.nlargest(4, pairs, key=lambda p: p[0]))
runs = [sorted(data[i:i + 50]) for i in range(0, 200, 50)]
merged = list(heapq.merge(*runs))
print(merged == sorted(data), len(merged))
print(list(heapq.merge(*[sorted(r, reverse=True) for r in runs], reverse=True)) == sorted(data, reverse=True))
words = ['kiwi', 'fig', 'apple', 'date', 'banana', 'plum']
print(list(heapq.merge(sorted(words[:3], key=len), sorted(words[3:], key=len), key=len)))

# Dijkstra on a small graph
graph = {'a': [('b', 7), ('c', 9), ('f', 14)], 'b': [('a', 7), ('c', 10), ('d', 15)],
         'c': [('a', 9), ('b', 10), ('d', 11), ('f', 2)], 'd': [('b', 15), ('c', 11), ('e', 6)],
         'e': [('d', 6), ('f', 9)], 'f': [('a', 14), ('c', 2), ('e', 9)]}
dist = {'a': 0}
pq = [(0, 'a')]
while pq:
    d, node = heapq.heappop(pq)
    if d > dist.get(node, 1 << 30):
        continue
    for nxt, w in graph[node]:
        nd = d + w
        if nd < dist.get(nxt, 1 << 30):
            dist[nxt] = nd
            heapq.heappush(pq, (nd, nxt))
print(sorted(dist.items()))

# running median with two heaps
lo, hi = [], []
medians = []
for v in data[:15]:
    if not lo or v <= -lo[0]:
        heapq.heappush(lo, -v)
    else:
        heapq.heappush(hi, v)
    if len(lo) > len(hi) + 1:
        heapq.heappush(hi, -heapq.heappop(lo))
    elif len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0])
print(medians)

s = []
for v in data[:40]:
    bisect.insort(s, v)
print(s == sorted(data[:40]), s[:8])
keys = sorted(set(data))
print([bisect.bisect_left(keys, q) for q in (0, 500, 999, 1000)], [bisect.bisect_right(keys, q) for q in (0, 500, 999)])
def index(a, x):
    i = bisect.bisect_left(a, x)
    return i if i != len(a) and a[i] == x else -1
print(index(keys, keys[17]) == 17, index(keys, -5))
recs = sorted([('x', v) for v in data[:10]], key=lambda r: r[1])
bisect.insort_left(recs, ('new', 500), key=lambda r: r[1])
print([r for r in recs if r[0] == 'new'], [r[1] for r in recs] == sorted(r[1] for r in recs))
print(bisect.bisect(['apple', 'fig', 'kiwi'], 'banana'), bisect.bisect_left([1.5, 2.5], 2))
