print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length())
print(7 // -2, 7 % -2, -7 // -2, divmod(-7, -2), 2 ** 63, -(2 ** 63), (2 ** 63) - 1)
print(int("-0"), int("1_000"), int("  12  "), str(-0), 0 == -0, 10 ** 18 * 10, 3 * -1)
x = 12345678901234567890
print(x * x, x // 7, x % 7, -x // 7, x >> 10, x << 3, x & 0xFFFF, x | 1, x ^ x)
