# SyntaxWarnings of the compiler: filters apply, and an "error" filter makes them SyntaxErrors at the expression.
import warnings

sources = [
    'x = 1\nx is 1', 'x = 1\nx is not "a"', 'x = 1\nx is -1', 'x = 1\nx is (1, 2)', '1 is ()', 'x = 1\nx is ...',
    'x = 1\nx is None', 'x = 1\nx is True', 'x = y = 1\nx is y', 'x = 1\n0 < x is 1', 'x = 1\nx is 1 is 2',
    '[(1, 2) (3, 4)]', '[1 (2)]', '[1.5 (2)]', '[-1 (2)]', '[1j (2)]', 'f"x"(1)', 'f"{1}"(1)', 'None(1)', '...(1)',
    'b"a"(1)', '[x for x in []](1)', '{1: 2}(1)', '{1}(1)', '{x for x in ()}(1)', '(x for x in ())(1)', '(lambda: 0)()',
    '"abc" [1, 2]', '[1, 2] [1, 2]', '(1, 2)[1.0]', '"s"["a"]', '[1][1j]', '(1)[0]', 'None[0]', '...[0]', '{1}[0]',
    '(lambda: 0)[0]', '(x for x in ())[0]', '"s"[2:3]', '"s"[True]', '"s"[-1]', 'b"ab"[()]', '(1, 2)[[]]', '[1][{}]',
    'f"ab"[1.0]', '{1: 2}[1, 2]', 'x = [1]\nx[1.0]', 'x = [1]\nx[1.0] = 2',
    'assert (1, "m")', 'assert ()', 'x = 0\nassert (x, "m")', 'assert (1,)',
    'def f(a=1 is 1):\n    return 2 is 2\n', 'class C:\n    y = 3 is 3\n',
]
for s in sources:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(s, '<t>', 'exec')
        except SyntaxError as e:
            print('SyntaxError', e)
        print(repr(s), [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])

# As errors: the SyntaxError points at the expression.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    for s in ['x = 1\nx is 1', 'def f():\n  return [1 (2)]\n', '"abc"[1, 2]', 'assert (1, 2)', 'print(1)\nz = None[0]']:
        try:
            compile(s, 'file.py', 'exec')
            print('compiled', repr(s))
        except SyntaxError as e:
            print(repr(e), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))

# "ignore" silences them; "once"-style registries do not apply (no registry).
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore', SyntaxWarning)
    compile('x = 1\nx is 1', '<t>', 'exec')
    print('ignored', len(w))

# The source of exec() and eval() warns too.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(eval('1 is 1'))
    exec('y = () is ()')
    print([str(x.message) for x in w])

# The parser's DeprecationWarning for invalid escape sequences: the first one per literal, over its token.
escapes = ['x = "\\d"', 'x = (1,\n """a\n\\q""")', 'x = b"\\d"', 'x = f"\\d{1}"', 'x = "\\d" "\\e"', 'x = r"\\d"', 'x = "\\8"',
           'x = "\\\\d"', 'x = b"\\u1234"', 'x = "\\u1234\\z"', 'x = f"{1}\\y{2}\\w"', 'x = "\\é"', 'x = "a\\\nb\\c"',
           "x = '\\d' '\\d'", 'x = "\\N{DIGIT ONE}\\q"', 'x = 1 is 1 and "\\d"']
for s in escapes:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(s, 'f', 'exec')
        print(repr(s), [(x.category.__name__, str(x.message), x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(s, 'f', 'exec')
        except SyntaxError as e:
            print('  ', repr(e), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
