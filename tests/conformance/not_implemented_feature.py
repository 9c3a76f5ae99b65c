print("before")
def gen():
    yield 1
try:
    list(gen())
except NotImplementedError as e:
    print("NotImplementedError")
