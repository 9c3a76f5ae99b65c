X = 10
class C:
    X = 20
    Y = X + 1
    def get(self):
        return X
print(C.Y, C().get(), C.X)
def make():
    val = 7
    class Inner:
        def get(self):
            return val
    return Inner()
print(make().get())
