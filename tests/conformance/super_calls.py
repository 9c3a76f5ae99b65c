class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return "Base(%d)" % self.x
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Mid[" + super().describe() + ", %d]" % self.y
class Leaf(Mid):
    def describe(self):
        return "Leaf<" + super().describe() + ">"
print(Leaf(1, 2).describe(), Mid(3, 4).describe(), [c.__name__ for c in Leaf.__mro__])
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
