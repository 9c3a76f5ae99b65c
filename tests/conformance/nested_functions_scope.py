def make_multipliers():
    result = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
def accumulator():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    def get():
        return total
    return add, get
add, get = accumulator()
add(5)
add(7)
print(get())
def shadow():
    len = lambda x: 42
    return len([1, 2, 3])
print(shadow(), len([1, 2, 3]))
