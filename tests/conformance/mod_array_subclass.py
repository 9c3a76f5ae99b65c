import array
class A(array.array):
    def total(self):
        return sum(self)
a = A('i', [1, 2, 3])
print(a, a.total(), len(a), a[1], isinstance(a, array.array), type(a).__name__)
a.append(4)
print(a, a.typecode, a.tolist())
class B(array.array):
    pass
print(B('d'), B('u', 'xy'))
