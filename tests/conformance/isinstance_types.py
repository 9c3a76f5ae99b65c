class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(3, (str, float)), issubclass(B, (A, int)), issubclass(bool, int))
print(type(b) is B, type(b) == A, B.__bases__, B.__name__, A.__name__, isinstance(A, type), type(A))
