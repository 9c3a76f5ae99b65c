x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
d = {"a": 1, "b": 2}
del d["a"]
lst = [1, 2, 3, 4]
del lst[1:3]
print(d, lst)
