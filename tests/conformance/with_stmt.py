class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Managed("a") as m:
    print("body", m.name)
with Managed("outer"), Managed("inner") as i:
    print("nested", i.name)
with Managed("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with Managed("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def early():
    with Managed("ret"):
        return "returned"
print(early())
for i in range(3):
    with Managed("loop%d" % i):
        if i == 1:
            break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
