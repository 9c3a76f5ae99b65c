def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in (-5, 0, 5, 50):
    print(v, classify(v))
x = 5
print("yes" if x > 3 else "no", 1 < x < 10, 1 < x > 10, x == 5 == 5.0)
