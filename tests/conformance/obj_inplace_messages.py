# In-place operators name the in-place symbol in their TypeError, as CPython does.
cases = [("x = 1; x += 's'"), ("x = 1; x -= 's'"), ("x = 's'; x *= 1.5"), ("x = []; x @= 2"), ("x = 1; x /= 's'"),
  ("x = 1; x //= 's'"), ("x = 1; x %= []"), ("x = 1; x **= 's'"), ("x = 1; x <<= 's'"), ("x = 1; x >>= 's'"),
  ("x = 1; x &= 's'"), ("x = 1; x |= 's'"), ("x = 1; x ^= 's'"), ("x = 's'; x += 1"), ("x = [1]; x += 1"), ("x = (1,); x += [1]"),
  ("x = {1}; x |= [1]"), ("x = {1}; x &= [1]"), ("x = {}; x |= 1"), ("x = None; x += None"), ("x = 1.5; x //= 'a'"),
  ("x = b'a'; x += 'a'"), ("x = [1]; x *= 'a'"), ("x = 'a'; x -= 'a'"), ("x = object(); x += 1")]
for c in cases:
    try:
        exec(c)
        print('ok', c)
    except Exception as e:
        print(c, '->', type(e).__name__, e)
