# IEEE double arithmetic and shortest-repr output: the same bits on every 64-bit platform
# (no fused multiply-add contraction, no x87 extended precision).
print(0.1 + 0.2, 1e16, 2.0**0.5, 1/3, 5e-324, 1.7976931348623157e308)
a, b, c = 0.1, 10.0, -1.0
print(a * b + c, (a * b) + c == 0.0)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2)
print(divmod(-7, 2), -7 // 2, -7 % 2, 7.5 % -2, round(2.675, 2), round(0.5), round(1.5))
print(float('nan') == float('nan'), 2.5e-8, 123456789012345680.0, 0.000001, 1e-7)
import math
print(math.sqrt(2), math.floor(-0.5), sum([0.1] * 10))
print(math.sin(1e22), math.cos(0.5), math.exp(1), math.log(10), math.atan2(1, 2), 1.1 ** 100, math.pow(2, 0.5))
