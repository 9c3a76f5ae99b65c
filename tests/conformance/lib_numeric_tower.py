import numbers, operator, heapq, abc
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Integral), isinstance(True, numbers.Number))
print(issubclass(int, numbers.Rational), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
class MyNum(numbers.Real):
    pass
print(MyNum.__abstractmethods__ >= {'__add__', '__float__'} if hasattr(MyNum, '__abstractmethods__') else 'n/a')
print((3).numerator, (3).denominator, (3).real, (3).imag, (2.5).real, (2.5).imag, (2.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (10).as_integer_ratio())
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff', 'little', signed=True), (-1).to_bytes(2, 'big', signed=True))
print((1.5).hex(), float.fromhex('0x1.8p1'), (7).bit_count(), (3).conjugate(), (2.5).conjugate(), (5).__floor__(), (2.5).__ceil__(), (-2.5).__floor__())
for f in [lambda: (1000).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio(), lambda: float.fromhex('zz')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
print(sorted(d.keys() - ['a']), sorted(d.keys() & {'b', 'z'}), sorted(d.keys() | ['z']), sorted(d.keys() ^ {'a', 'q'}), sorted(d.items() - {('a', 1)}), d.keys().isdisjoint(['x']), sorted({'a', 'x'} - d.keys()))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), type(dict.fromkeys([])).__name__)
class D(dict):
    pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab', 1))
print(int('1428571428571428571428571428') + 1, int('-' + '9' * 30), int('  123456789012345678901234567890  '))
print(issubclass(PendingDeprecationWarning, Warning), issubclass(FutureWarning, Warning), issubclass(StopAsyncIteration, Exception), ResourceWarning.__name__, EncodingWarning.__mro__[1].__name__)
