# traceback: exception raised inside a generator driven by a for loop (the for line has no carets)
def numbers():
    yield 1
    yield 2 // 0
for n in numbers():
    print(n)
