class K:
    count = 0
    def __init__(self):
        K.count += 1
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls()
    @property
    def double(self):
        return K.count * 2
K()
k = K.make()
print(K.count, K.helper(4), k.helper(5), k.double, type(k).__name__)
