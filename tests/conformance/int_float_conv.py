print(int(7.9), int(-7.9), float(7), 7 / 7, 3 // 1.5, 2 ** 0.5 * 2 ** 0.5, 10 ** -2, 1 / 3 * 3 == 1)
print(round(0.5), round(1.5), round(-1.5), round(2.5, 0), round(1e20), 1e16 + 1, int(1e16) + 1)
print(str(1e100), str(1.0e-10), 12345678901234567890.0, 0.1 + 0.7, 100.0, 1.23456789012e-300)
print(float("nan") == float("nan"), float("inf") > 10 ** 300, -float("inf"), 3 == 3.0, hash(3) == hash(3.0))
