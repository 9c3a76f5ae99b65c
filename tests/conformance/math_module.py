import math
from math import sqrt, pi
print(math.sqrt(16), sqrt(2), pi, math.e, math.sin(0), math.cos(0), math.floor(2.7), math.ceil(2.1))
print(math.fabs(-3), math.log(math.e), math.log(8, 2), math.exp(1), math.isnan(float("nan")), math.inf)
print(math.atan2(1, 1), math.hypot(3, 4), math.gcd(12, 18), math.factorial(10), math.pow(2, 10))
