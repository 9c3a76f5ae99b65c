found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
total = 0
for i in range(100):
    try:
        if i % 10 == 0:
            continue
        if i > 50:
            break
        total += i
    finally:
        total += 1000
print(total)
