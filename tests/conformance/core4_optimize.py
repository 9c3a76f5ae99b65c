# compile(optimize=N) and __debug__; where a failed assert points (traceback carets).
import sys, traceback

src = '''
"""mod doc"""
def g():
    "gdoc"
    assert 0, "x"
    return __debug__
class K:
    "kdoc"
    if __debug__:
        v = 'debug'
    else:
        v = 'optimized'
r = (g.__doc__, K.__doc__, K.v, __doc__ if '__doc__' in dir() else '-')
'''
for o in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, 's', 'exec', optimize=o), ns)
    try:
        print(o, ns['g'](), ns['r'])
    except AssertionError as e:
        print(o, 'AssertionError', e, ns['r'])
print(eval(compile('__debug__', 's', 'eval', optimize=1)), eval(compile('__debug__', 's', 'eval', optimize=0)), __debug__)
print(sys.flags.optimize)
for v in (5, -2, 3, 'a', True, 2.0):
    try:
        compile('1', 's', 'exec', optimize=v)
        print(v, 'ok')
    except Exception as e:
        print(v, type(e).__name__, e)

class O:
    y = 0
    z = [0]
x = 0
o = O()
f = lambda v: 0
cases = ['assert f(x)', 'assert o.y', 'assert o.z[0]', 'assert x + 1 - 1', 'assert (x == 1) and o', 'assert o and (x == 1)',
         'assert not x == 0', 'assert x is None', 'assert isinstance(x, str)', 'assert [x for x in []]', 'assert x < 0 < 1',
         'assert -x', 'assert not o.y == 0, "m"', 'assert f(1) if x else o.y', 'assert (yy := 0)', 'assert not not o.y',
         'assert o.y or x', 'assert o.y or x == 1', 'assert o and (x == 1) and o', 'assert (x==1) and (o.y==1)',
         'assert o.y or (x == 1) or o.y', 'assert (o.y and x) == 1', 'assert not (x == 0 or o.y)', 'assert (x == 1) if x else o.y',
         'assert o.y if x else (x == 1)', 'assert 0 if x else 0', 'assert o.y and x', 'assert x == 0 and o.y',
         'assert o.y == 0 and not (x == 0)', 'assert o.y, "msg"', 'assert (o.y,\n  o.y)[1]', 'assert f(x == 1)',
         'assert o.y if x == 0 else 0', 'assert [x == 1][0]', 'assert 0', 'assert None', 'assert ""']
for c in cases:
    try:
        exec(compile('\n' + c + '\n', '<case>', 'exec'), globals())
        print(c, 'passed')
    except AssertionError:
        fs = traceback.extract_tb(sys.exc_info()[2])[-1]
        print(repr(c), fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
