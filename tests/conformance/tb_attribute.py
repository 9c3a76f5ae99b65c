# traceback carets: attribute lookup on None
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
n = Node(Node())
print(n.next.next)
value = n.next.next.next
