# Found by mutfuzz: '%c' % n checks n against range(0x110000) (a crc32 value made .NET's UTF-32 conversion throw).
class I:
    def __index__(self): return 66
for v in [2**32, -1, 2**70, 'ab', 1.5, 0xd800, 65, 'x', True, I(), 0x10ffff, 0x110000]:
    try: print(ascii('%c' % v))
    except Exception as e: print(type(e).__name__, e)
    try: print(repr(b'%c' % v))
    except Exception as e: print(' b', type(e).__name__, e)
print('%5c|%-3c|' % ('x', 66))
