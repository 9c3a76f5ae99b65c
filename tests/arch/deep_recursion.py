# With a raised limit, 50,000-deep Python recursion runs: Krait runs programs on a thread with a large stack,
# and the frames of the code RyuJIT makes for arm64 must fit in it as those for x64 do.
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def walk(node):
    return 0 if node is None else 1 + walk(node[1])
chain = None
for i in range(40000):
    chain = (i, chain)
print(walk(chain))
class Node:
    def __init__(self, next):
        self.next = next
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
n = None
for i in range(30000):
    n = Node(n)
print(n.length())
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
print(depth(900))
