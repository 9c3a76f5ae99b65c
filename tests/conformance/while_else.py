i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print(i)
else:
    print("while done")
for x in range(10):
    if x == 2:
        break
else:
    print("not printed")
for x in []:
    pass
else:
    print("for else")
n = 0
while True:
    n += 1
    if n > 3:
        break
print(n)
