a = 2 ** 100
b = 3 ** 50
print(a + b, a - b, a * b, a // b, a % b, -a // b, a ** 2, a > b, a == 2 ** 100)
print(str(10 ** 40), len(str(2 ** 1000)), hex(255) if False else "skip", (10 ** 30) / (10 ** 10), int(1e20))
x = 1
for i in range(1, 30):
    x *= i
print(x, x % 1000000007, -x, abs(-x))
