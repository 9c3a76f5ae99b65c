#!/usr/bin/python3.11
"""Generates tests/Krait.Syntax.Tests/Data/error_corpus.json and error_display.json from CPython 3.11.

error_corpus.json: invalid programs and the exception CPython raises for them: hand-written ones covering
every kind of error, then "mutant" ones (a top-level statement of a library module with one random edit;
the valid mutants, up to 40, join the must-parse cases). The reference is
`compile(source_bytes, '<file>', 'exec', ast.PyCF_ONLY_AST)` -- exactly `ast.parse(source_bytes)`, the
syntax stage of running a file, which is the stage Krait's syntax layer reproduces. For every program we
also check that a full `compile(source_bytes, '<file>', 'exec')` raises the same error (so the record is also
what running the program reports), and we run the program as a file with /usr/bin/python3.11 and keep
CPython's stderr. Programs the parser accepts (errors only the compiler raises, such as 'return' outside
function) are kept apart under "accepted" with CPython's ast.dump(include_attributes=True): Krait's parser must
accept them too (the errors belong to a later stage).

Record fields: name, source_b64 (the exact bytes), source (readable form, latin-1 decoded with escapes),
type ("SyntaxError", "IndentationError", "TabError" or "ValueError"), msg, lineno, offset, end_lineno,
end_offset, text (None where CPython leaves a field unset), display (what CPython's exception display prints
for that exception, file name "<file>"), run_display (stderr of `python3.11 <file>` with the path replaced
by "<file>", only where it differs from display) and run_status (exit status of that run).

error_display.json: random SyntaxError field combinations (text with tabs, form feeds, several lines,
non-ASCII, offsets out of range) and what CPython 3.11's exception display prints for each: the spec for the
krait command's error report.

Run: /usr/bin/python3.11 tools/gen_error_corpus.py
"""
import ast
import base64
import io
import json
import os
import random
import subprocess
import sys
import tempfile

PY = '/usr/bin/python3.11'
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'tests', 'Krait.Syntax.Tests', 'Data')


def cases():
    """(name, source bytes) pairs. Names are unique and readable: they become xunit case names."""
    c = []

    def add(name, src):
        if isinstance(src, str):
            src = src.encode('utf-8')
        c.append((name, src))

    # --- brackets
    add('paren never closed', 'x = (1,\n')
    add('bracket never closed', 'x = [1, 2\n')
    add('brace never closed', 'x = {1: 2\n')
    add('call never closed before next stmt', 'foo(a, b\n\ny = 3\n')
    add('paren never closed nested', 'x = [(1, 2), (3,\n')
    add('paren never closed then colon', 'if (a:\n    pass\n')
    add('unmatched close paren', 'x = )\n')
    add('unmatched close brace', '}\n')
    add('unmatched close bracket after expr', 'x = 1]\n')
    add('mismatched paren bracket', 'x = (1]\n')
    add('mismatched on other line', 'x = (1,\n2]\n')
    add('mismatched brace paren', 'd = {1: (2}\n')
    add('print extra close paren', 'print((1, 2)))\n')
    add('def open paren colon', 'def f(:\n  pass\n')
    add('too many nested parentheses 201', '(' * 201 + ')' * 201 + '\n')
    add('too many nested brackets 201', 'x = ' + '[' * 201 + ']' * 201 + '\n')
    add('too many nested parentheses unclosed', 'f' + '(' * 250 + '\n')
    add('too many nested mixed brackets', 'x = ' + '([{' * 67 + '}])' * 67 + '\n')

    # --- invalid syntax
    add('three names', 'x y z\n')
    add('forgot comma in call', 'f(a b)\n')
    add('forgot comma in list', '[1 2 3]\n')
    add('forgot comma in tuple', '(1 2)\n')
    add('forgot comma strings', "x = ['a' 'b' c]\n")
    add('binary op missing rhs', 'x = 1 +\n')
    add('double equals sign', 'x = = 1\n')
    add('assign in if condition', 'if x = 1:\n  pass\n')
    add('assign in while condition', 'while x = 1:\n  pass\n')
    add('else without if', 'else:\n  pass\n')
    add('elif without if', 'elif x:\n  pass\n')
    add('double semicolon', 'x = 1;;\n')
    add('else if', 'if x:\n  pass\nelse if y:\n  pass\n')
    add('slice with four parts', 'a[1:2:3:4]\n')
    add('attribute digit', 'x.1\n')
    add('two numbers', 'x = 1 1\n')
    add('string then name', "x = 'a' b\n")
    add('double comma params', 'def f(x,, y):\n  pass\n')
    add('dict key without value', '{1: 2, 3}\n')
    add('dict double star empty', '{1: 2, **}\n')
    add('starred alone in list', '[*]\n')
    add('starred alone in call', 'f(*)\n')
    add('double star alone in call', 'f(**)\n')
    add('chained assignment missing value', 'a = b = \n')
    add('import as dotted', 'import a as b.c\n')
    add('import trailing dot', 'import a.b.\n')
    add('decorator at eof', '@decorator\n')
    add('empty decorator', '@\ndef f(): pass\n')
    add('comprehension if without condition', 'x = [i for i in range(10) if]\n')
    add('comprehension in without iterable', '[x for x in]\n')
    add('comprehension missing target', '[x for in y]\n')
    add('conditional expression without else', 'a = 1 if b\n')
    add('conditional expression else missing', 'a = 1 if 2 else\n')
    add('not alone', 'not\n')
    add('from import nothing', 'from x import\n')
    add('from import trailing comma', 'from x import a,\n')
    add('from import star and name', 'from . import *, a\n')
    add('import star', 'import *\n')
    add('walrus statement', 'x := 1\n')
    add('walrus attribute target', '(a.b := 1)\n')
    add('walrus subscript target', '(a[0] := 1)\n')
    add('dollar sign', 'x = $1\n')
    add('question mark', 'x = a ? b : c\n')
    add('backtick', 'x = `a`\n')
    add('bang alone', 'x = !a\n')
    add('diamond operator', '1 <> 2\n')
    add('keyword as name', 'class = 1\n')
    add('keyword as attribute', 'x.if = 1\n')
    add('import keyword', 'import if\n')
    add('def keyword name', 'def if(): pass\n')
    add('async alone', 'async x\n')
    add('lambda default then plain', 'lambda a=1, b: 0\n')
    add('star bare lambda', 'lambda *: 0\n')
    add('ub string prefix', "x = ub'abc'\n")
    add('with as missing close paren', 'with (a as b, c as d:\n    pass\n')
    add('class missing close paren', 'class A(:\n  pass\n')
    add('return annotation missing', 'def f() -> :\n  pass\n')
    add('operator at line start', '* 2\n')
    add('unexpected eof in expression', 'x = (1 +\n')

    # --- assignment targets
    add('assign to literal', '1 = x\n')
    add('assign to string literal', "'a' = x\n")
    add('assign to call', 'f() = 1\n')
    add('assign to method call', 'a.b.c() = 1\n')
    add('assign to operator expr', 'a + 1 = 2\n')
    add('assign to True', 'True = 1\n')
    add('assign to None', 'None = 1\n')
    add('assign to False in tuple', 'a, False = 1, 2\n')
    add('assign to tuple with call', '(a, b()) = 1\n')
    add('assign to list with literal', '[a, 1] = x\n')
    add('assign to dict display', '{a: b} = 1\n')
    add('assign to set display', '{a} = 1\n')
    add('assign to fstring', "f'' = 1\n")
    add('assign to ellipsis', '... = 1\n')
    add('assign to conditional', 'a if b else c = 1\n')
    add('assign to unary', '-a = 1\n')
    add('assign to not', 'not a = 1\n')
    add('assign to comparison', 'a < b = 1\n')
    add('assign to await', 'await x = 1\n')
    add('assign to lambda', 'lambda: 1 = 1\n')
    add('assign to generator', '(x for x in y) = 1\n')
    add('assign to yield', 'x = (yield) = 1\n')
    add('assign to keyword in call', 'f(True=1)\n')
    add('augassign to tuple', '(a, b) += 1\n')
    add('augassign to call', 'x() += 1\n')
    add('augassign to list', '[a] += 1\n')
    add('annotate tuple', 'a, b: int = 1, 2\n')
    add('annotate list', '[a, b]: int\n')
    add('annotate call', 'f(): int\n')
    add('del call', 'del f()\n')
    add('del literal', 'del 1\n')
    add('del operator', 'del a + b\n')
    add('for target literal', 'for 1 in x:\n  pass\n')
    add('for target call', 'for f() in x:\n  pass\n')
    add('with target literal', 'with a as 1:\n  pass\n')
    add('comprehension target literal', '[x for 1 in y]\n')
    add('named expr to literal', '(1 := 2)\n')

    # --- print / exec statements
    add('print statement', 'print "hello"\n')
    add('print statement two values', 'print 1, 2\n')
    add('print chevron', 'print >>sys.stderr, "x"\n')
    add('exec statement', 'exec "code"\n')

    # --- characters
    add('invalid character euro', 'x = 1 +\u20ac\n')
    add('invalid character in name', 'a\u20acb = 1\n')
    add('non printable nbsp', 'x = 1\u00a0+ 2\n')
    add('non printable control', 'a = \x01\n')
    add('non printable nbsp before number', 'x = \u00a01\n')
    add('invalid character in string prefix position', 'x = \u00bfa\n')
    add('invalid character astral', 'x = \U0001f600\n')
    add('zero width space', 'x\u200b = 1\n')

    # --- arguments and parameters
    add('non default after default', 'def f(a=1, b):\n  pass\n')
    add('non default after default posonly', 'def f(a=1, /, b):\n  pass\n')
    add('positional after keyword', 'f(a=1, b)\n')
    add('positional after kwargs unpacking', 'f(**a, b)\n')
    add('iterable unpacking after kwargs unpacking', 'f(**a, *b)\n')
    add('generator not parenthesized', 'f(a for a in b, c)\n')
    add('generator not parenthesized second', 'f(c, a for a in b)\n')
    add('keyword is expression', 'f(a.b=1)\n')
    add('keyword is call', 'f(g()=1)\n')
    add('bare star', 'def f(*):\n  pass\n')
    add('bare star then kwargs', 'def f(*, **k):\n  pass\n')
    add('param after kwargs', 'def f(**k, a):\n  pass\n')
    add('star twice', 'def f(*a, *b):\n  pass\n')
    add('slash twice', 'def f(a, /, b, /):\n  pass\n')
    add('slash after star', 'def f(*, a, /):\n  pass\n')
    add('slash first', 'def f(/):\n  pass\n')
    add('kwargs default', 'def f(**k=1):\n  pass\n')
    add('varargs default', 'def f(*a=1):\n  pass\n')
    add('param parenthesized', 'def f((a, b)):\n  pass\n')
    add('lambda param parenthesized', 'lambda (x): x\n')
    add('lambda kwargs then param', 'lambda **k, a: 0\n')
    add('lambda star twice', 'lambda *a, *b: 0\n')

    # --- expected ':'
    add('if missing colon', 'if x\n  pass\n')
    add('while missing colon', 'while x\n  pass\n')
    add('for missing colon', 'for x in y\n  pass\n')
    add('def missing colon', 'def f()\n  pass\n')
    add('class missing colon', 'class A\n  pass\n')
    add('try missing colon', 'try\n  pass\nfinally:\n  pass\n')
    add('with missing colon', 'with a\n  pass\n')
    add('elif missing colon', 'if x:\n  pass\nelif y\n  pass\n')
    add('else missing colon', 'if x:\n  pass\nelse\n  pass\n')
    add('lambda missing colon', 'f = lambda x x\n')
    add('match case missing colon', 'match x:\n  case 1\n    pass\n')
    add('dict missing colon', '{1 2}\n')

    # --- indentation
    add('unexpected indent', '  x = 1\n')
    add('unexpected indent second line', 'x = 1\n    y = 2\n')
    add('unindent mismatch', 'if x:\n    a\n  b\n')
    add('tab error', 'if x:\n\ta\n        b\n')
    add('tab error spaces then tab', 'if x:\n        a\n\tb\n')
    add('too many indentation levels',
        ''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n')
    for kw, src in [
        ('if', 'if x:\npass\n'),
        ('elif', 'if x:\n  pass\nelif y:\npass\n'),
        ('else', 'if x:\n  pass\nelse:\npass\n'),
        ('while', 'while x:\npass\n'),
        ('while else', 'while x:\n  pass\nelse:\npass\n'),
        ('for', 'for x in y:\npass\n'),
        ('for else', 'for x in y:\n  pass\nelse:\npass\n'),
        ('async for', 'async def f():\n  async for x in y:\n  pass\n'),
        ('with', 'with a:\npass\n'),
        ('async with', 'async def f():\n  async with a:\n  pass\n'),
        ('def', 'def f():\npass\n'),
        ('async def', 'async def f():\npass\n'),
        ('class', 'class A:\npass\n'),
        ('try', 'try:\npass\n'),
        ('except', 'try:\n  pass\nexcept:\npass\n'),
        ('except type', 'try:\n  pass\nexcept ValueError:\npass\n'),
        ('except star', 'try:\n  pass\nexcept* ValueError:\npass\n'),
        ('finally', 'try:\n  pass\nfinally:\npass\n'),
        ('try else', 'try:\n  pass\nexcept:\n  pass\nelse:\npass\n'),
        ('match', 'match x:\npass\n'),
        ('case', 'match x:\n  case 1:\n  pass\n'),
        ('if at eof', 'if x:\n'),
        ('def at eof', 'def f():\n'),
    ]:
        add(f'expected indented block after {kw}', src)

    # --- numbers
    add('invalid decimal trailing underscore', 'x = 1_\n')
    add('invalid decimal double underscore', 'x = 1__0\n')
    add('invalid decimal letter', 'x = 1abc\n')
    add('invalid decimal in exponent', 'x = 1e\n')
    add('invalid decimal exponent sign', 'x = 1.e+\n')
    add('invalid decimal exponent underscore', 'x = 1e1_\n')
    add('invalid hexadecimal empty', 'x = 0x\n')
    add('invalid hexadecimal letter', 'x = 0xg\n')
    add('invalid hexadecimal trailing underscore', 'x = 0x1_\n')
    add('invalid octal digit', 'x = 0o8\n')
    add('invalid octal empty', 'x = 0o\n')
    add('invalid octal trailing underscore', 'x = 0o1_\n')
    add('invalid binary digit', 'x = 0b2\n')
    add('invalid binary empty', 'x = 0b\n')
    add('invalid binary double underscore', 'x = 0b10__1\n')
    add('leading zeros', 'x = 012\n')
    add('leading zeros with underscore', 'x = 0_7\n')
    add('invalid imaginary', 'x = 1.5j2\n')
    add('invalid imaginary letter', 'x = 5jx\n')
    add('two dots in float', 'x = 1.2.3\n')
    add('number then keyword-like name', 'x = 1andy\n')

    # --- strings
    add('unterminated string', "x = 'abc\n")
    add('unterminated string double quote', 'x = "abc\n')
    add('unterminated triple quoted', 'x = """abc\n')
    add('unterminated triple quoted multiline', "def f():\n  x = '''abc\n  y\n")
    add('unterminated after continuation', "x = 'a\\\n")
    add('unterminated second of concatenation', "x = 'abc' 'def\n")
    add('bytes non ascii', "x = b'\u00e9'\n")
    add('bad escape x truncated', "x = '\\x'\n")
    add('bad escape x one digit', "x = '\\x4'\n")
    add('bad escape N nonsense', "x = '\\N{nonsense}'\n")
    add('bad escape N without braces', "x = '\\N'\n")
    add('bad escape u truncated', "x = '\\u12'\n")
    add('bad escape U out of range', "x = '\\U00110000'\n")
    add('bad escape bytes x', "x = b'\\x4'\n")
    add('bad escape on second line', "x = 1\ny = 'ab\\x1'\n")

    # --- f-strings
    add('fstring expecting close brace', "f'{'\n")
    add('fstring single close brace', "f'}'\n")
    add('fstring empty expression', "f'{}'\n")
    add('fstring empty expression spaces', "f'{ }'\n")
    add('fstring missing conversion', "f'{x!}'\n")
    add('fstring invalid conversion', "f'{x!z}'\n")
    add('fstring nested too deeply', "f'{x:{y:{z}}}'\n")
    add('fstring hash', "f'{#}'\n")
    add('fstring backslash', "f'{\\n}'\n")
    add('fstring invalid syntax', "f'{a b}'\n")
    add('fstring unmatched paren', "f'{)}'\n")
    add('fstring unclosed paren', "f'{(}'\n")
    add('fstring only conversion', "f'{!r}'\n")
    add('fstring unterminated conversion', "f'{x!r'\n")
    add('fstring unterminated format spec', "f'{x:{'\n")
    add('fstring starred', "f'{*x}'\n")
    add('fstring walrus missing parens ok but bad', "f'{x:=}'\n")
    add('fstring lambda', "f'{lambda x: 1}'\n")
    add('fstring assignment', "f'{a = 1}'\n")
    add('fstring on second line', "x = 1\ny = f'{a +}'\n")

    # --- match statements
    add('match sum pattern', 'match x:\n  case 1 + 1:\n    pass\n')
    add('match two starred', 'match x:\n  case [a, *b, *c]:\n    pass\n')
    add('match double star not last', "match x:\n  case {**rest, 'a': 1}:\n    pass\n")
    add('match positional after keyword', 'match x:\n  case f(a=1, b):\n    pass\n')
    add('match as underscore', 'match x:\n  case 1 as _:\n    pass\n')
    add('match as attribute', 'match x:\n  case 1 as x.y:\n    pass\n')
    add('match guard empty', 'match x:\n  case y if:\n    pass\n')
    add('match minus name', 'match x:\n  case -y:\n    pass\n')
    add('match number plus name', 'match x:\n  case 1 + y:\n    pass\n')
    add('match no cases', 'match x:\n  pass\n')
    add('match star in mapping key', "match x:\n  case {*a: 1}:\n    pass\n")
    add('match keyword twice style', 'match x:\n  case f(a=1, a=2):\n    pass\n')

    # --- try / except*
    add('except star without type', 'try:\n  pass\nexcept*:\n  pass\n')
    add('except and except star', 'try:\n  pass\nexcept* ValueError:\n  pass\nexcept TypeError:\n  pass\n')
    add('except star then except', 'try:\n  pass\nexcept ValueError:\n  pass\nexcept* TypeError:\n  pass\n')
    add('except star as tuple', 'try:\n  pass\nexcept* ValueError as (a, b):\n  pass\n')
    add('try without except', 'try:\n  pass\nx = 1\n')
    add('except multiple types without parens', 'try:\n  pass\nexcept A, B:\n  pass\n')
    add('except as attribute', 'try:\n  pass\nexcept A as a.b:\n  pass\n')

    # --- line continuation
    add('char after continuation', 'x = 1 \\ 2\n')
    add('continuation at eof', 'x = 1 + \\\n')
    add('continuation alone at eof', '\\')

    # --- encodings and bytes
    add('unknown encoding', '# coding: foo\nx = 1\n')
    add('unknown encoding line 2', '#!/usr/bin/python\n# -*- coding: nonsense -*-\nx = 1\n')
    add('bom with latin-1 cookie', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n')
    add('undecodable byte', b"x = '\xff'\n")
    add('undecodable byte line 3', b"x = 1\ny = 2\nz = '\xc3\x28'\n")
    add('undecodable in comment', b"# caf\xe9\nx = 1\n")
    add('ascii declared with utf8 bytes', "# -*- coding: ascii -*-\nx = '\u00e9'\n")
    add('null byte', b'x = 1\x00\n')
    add('null byte in string', b"x = 'a\x00b'\n")
    # --- positions: line endings, tabs, non-ASCII before the error, BOM and cookies
    add('crlf error on line 2', 'x = 1\r\ny = (1 2)\r\n')
    add('cr only line endings', 'x = 1\ry = = 2\r')
    add('tab indented error', 'if x:\n\ty = = 2\n')
    add('form feed before error', '\x0cx = = 2\n')
    add('non ascii before error', "s = '\u00e9\u00e9\u20ac' + = 1\n")
    add('astral before error', "s = '\U0001f600' 1\n")
    add('non ascii name invalid syntax', '\u00e9t\u00e9 \u00e9t\u00e9\n')
    add('bom then error', b'\xef\xbb\xbfx = = 1\n')
    add('latin-1 cookie then error', b"# -*- coding: latin-1 -*-\ns = '\xe9' +\n")
    add('error after multiline string', "x = '''a\nb\n''' +\n")
    add('error inside multiline call', 'f(a,\n  b c,\n  d)\n')
    add('no newline at end', 'x = (1 2)')
    add('error on last line without newline', 'x = 1\ny = = 2')
    add('unclosed paren at eof without newline', 'x = [1,\n 2')
    add('comment after error', 'x = = 2  # comment\n')
    add('error after blank and comment lines', '\n# c\n\n   \nx = = 2\n')
    add('indented comment then unexpected indent', 'x = 1\n    # fine\n  y = 2\n')
    add('dedent mismatch nested', 'if x:\n    if y:\n        a\n      b\n')
    add('continuation then indentation', 'x = 1 + \\\n    2\n  y = 3\n')
    # --- more statements and expressions (newer syntax, odd spots)
    add('type parameters of 3.12', 'def f[T](x: T) -> T:\n  pass\n')
    add('type alias statement of 3.12', 'type X = int\n')
    add('empty subscript', 'a[]\n')
    add('arrow after colon', 'def f(x): -> int\n  pass\n')
    add('decorator with two names', '@foo bar\ndef f(): pass\n')
    add('raise from nothing', 'raise X from\n')
    add('global trailing comma', 'global x,\n')
    add('del double comma', 'del x,,\n')
    add('keywords missing comma', "print(end='' sep='')\n")
    add('else unindent mismatch', 'if True:\n    pass\n  else:\n    pass\n')
    add('dict unpacking then set item', 'x = {**a, b}\n')
    add('yield from nothing', 'def f():\n  x = yield from\n')
    add('async as name', 'async = 1\n')
    add('await as name', 'await = 1\n')
    add('star param after bare star', 'def f(*, a, *b):\n  pass\n')
    add('lambda yield', 'f = lambda x: yield\n')
    add('triple quote alone at eof', "'''")
    add('int attribute', 'x = 1.__class__\n')
    add('leading zeros float ok but int not', 'x = 09\n')
    add('malformed N escape', 'x = "\\N{LATIN SMALL LETTER A"\n')
    add('fstring bang in nested spec', "f'{x!r:{y!}}'\n")
    add('fstring single close after field', "f'{x}}'\n")
    add('fstring empty after escaped brace', "f'{{{}'\n")
    add('fstring empty in triple quotes', "f'''{\n}'''\n")
    add('fstring conversion then equals', "f'{a!r=}'\n")
    add('fstring four levels', "f'{x:{y:{z:{w}}}}'\n")
    add('keyword argument repeated', 'f(a=1, a=2)\n')
    add('default except not last', 'try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n')
    add('with trailing comma then colon', 'with open(x) as f, :\n  pass\n')
    add('import as literal', 'import a as 1\n')
    add('from import parenthesized trailing', 'from a import (b, c\n')
    add('class keyword args after kwargs', 'class A(**k, metaclass=M, B):\n  pass\n')
    add('nonlocal at module level', 'nonlocal x\n')
    add('return outside function', 'return 1\n')
    add('star expression alone', '*a\n')
    add('continue in finally ok but outside loop', 'continue\n')
    add('if expression with pass', 'x = 5 if True else pass\n')
    add('comparison chain missing operand', 'a < < b\n')
    add('is not in', 'a is not in b\n')
    add('not in without left', 'not in b\n')
    add('double star in list', '[**a]\n')
    add('star in index assignment', 'a[*b] = 1\n')
    add('slice in call', 'f(1:2)\n')
    add('walrus in comprehension iterable target', '[(a := 1) for a in x]\n')
    add('assign to star alone', '* = 1\n')
    add('string prefix with space', "x = r 'a'\n")
    add('bytes and str concatenation', "x = b'a' 'b'\n")
    add('fstring and bytes concatenation', "x = f'a' b'b'\n")
    # found by parse_compare.py --mutants
    add('async after string in call', 'a(b,\n  "s"async  % name)\n')
    add('async in tuple', '(a, async b)\n')
    # found by parse_compare.py on random token soups: CPython reports the unexpected indent before
    # tokenizer errors that come later
    add('unexpected indent before unmatched bracket', ' x\n]\n')
    add('unexpected indent before unmatched bracket same line', ' x ]\n')
    add('unexpected indent in block before unmatched paren', 'if x:\n  y\n    z )\n')
    add('unexpected indent before bad hex literal', ' pass\n0x\n')
    return c


MUTATION_SNIPPETS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '.', '*', '**', 'if ', ' else ', 'lambda',
                     'not ', '"', "'", '"""', '\\', '\t', ' ', '    ', '\n', '0x', '1_', 'f"{', '}', '!', '$',
                     '\u20ac', '\u00e9', 'yield ', 'await ', 'async ', '->', ':=', '@', ';', '#', 'import ', 'def ',
                     'class ', 'return ', '==', '\\\n', 'match ', 'case ', '*a, ', 'for x in ', 'except ']


def mutant_cases(count, seed, root='/usr/lib/python3.11'):
    """Realistic invalid programs: one top-level statement (at most 12 lines) of a library module with one
    random edit. Deterministic for a given library, count and seed."""
    files = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith('.py'))
    rng = random.Random(seed)
    out = []
    attempts = 0
    while len(out) < count and attempts < count * 20:
        attempts += 1
        path = rng.choice(files)
        with open(path, 'rb') as f:
            data = f.read()
        try:
            tree = ast.parse(data)
        except (SyntaxError, ValueError):
            continue
        stmts = [s for s in tree.body if s.end_lineno - s.lineno < 12]
        if not stmts:
            continue
        stmt = rng.choice(stmts)
        lines = data.split(b'\n')[stmt.lineno - 1:stmt.end_lineno]
        src = b'\n'.join(lines) + b'\n'
        pos = rng.randrange(len(src))
        op = rng.choice(['delete', 'insert', 'insert', 'duplicate', 'replace'])
        snippet = rng.choice(MUTATION_SNIPPETS).encode('utf-8')
        if op == 'delete':
            src = src[:pos] + src[pos + rng.choice([1, 1, 2, 3]):]
        elif op == 'insert':
            src = src[:pos] + snippet + src[pos:]
        elif op == 'duplicate':
            src = src[:pos] + src[pos:pos + rng.randint(1, 6)] + src[pos:]
        else:
            src = src[:pos] + snippet + src[pos + 1:]
        # Short names: test runners cut long case names.
        out.append((f'mutant {len(out):03d} {os.path.basename(path)}:{stmt.lineno} {op}', src))
    return out


def record_for(name, src):
    try:
        compile(src, '<file>', 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        err = e
    else:
        return None
    rec = {'name': name,
           'source_b64': base64.b64encode(src).decode('ascii'),
           'source': src.decode('latin-1').encode('unicode_escape').decode('ascii')
           if len(src) < 400 else '(long: see source_b64)',
           'type': type(err).__name__}
    if isinstance(err, SyntaxError):
        rec.update(msg=err.msg, lineno=err.lineno, offset=err.offset,
                   end_lineno=err.end_lineno, end_offset=err.end_offset, text=err.text)
    else:
        rec.update(msg=str(err), lineno=None, offset=None, end_lineno=None, end_offset=None, text=None)
    # The full compiler must stop at the same error, or the record would not describe running the file.
    try:
        compile(src, '<file>', 'exec', dont_inherit=True)
    except (SyntaxError, ValueError) as e2:
        if type(e2) is not type(err) or str(e2) != str(err) or getattr(e2, 'offset', None) != getattr(err, 'offset', None):
            print(f'warning: {name}: compile() differs: {e2!r}', file=sys.stderr)
    rec['display'] = display(err) if isinstance(err, SyntaxError) else None
    run_display, status = run_as_file(src)
    rec['run_status'] = status
    if run_display != rec['display']:
        rec['run_display'] = run_display
    return rec


def display(exc):
    """What CPython's default exception display (C code in 3.11) prints for exc, without a traceback."""
    exc = exc.with_traceback(None)
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        sys.__excepthook__(type(exc), exc, None)
    finally:
        sys.stderr = old
    return buf.getvalue()


def run_as_file(src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'case.py')
        with open(path, 'wb') as f:
            f.write(src)
        p = subprocess.run([PY, '-I', path], capture_output=True, timeout=30, cwd=d)
        out = p.stderr.decode('utf-8', 'backslashreplace').replace(path, '<file>')
        return out, p.returncode


def display_cases(n, seed):
    rng = random.Random(seed)
    texts = ['x = (1,\n', '    x = foo(a b)\n', '\tif x = 1:\n', '\f  y = 2\n', 'x = 1', '', '\n',
             'caf\u00e9 = \u20ac\n', '  \u00e9\u00e9\u00e9 = (\u00e9,\n', 'x = (1,\n    2\n', 'a\n  b\n    c\n',
             'x = 1\r\n', 'x = 1\n\n', ' \t \f x\n', '\U0001f600 = 1\n', "print 'hello'\n", None,
             'def f(a=1, b):\n', '        ' * 3 + 'return\n']
    out = []
    for _ in range(n):
        text = rng.choice(texts)
        lineno = rng.choice([1, 2, 3, 10, 0])
        offset = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 30, -1, rng.randint(0, 40)])
        end_lineno = rng.choice([None, lineno, lineno, lineno + 1, max(lineno - 1, 0)])
        end_offset = rng.choice([None, 0, -1, 1, rng.randint(0, 40), (offset or 0) + rng.randint(0, 6)])
        if end_lineno is None:
            end_offset = None
        msg = rng.choice(['invalid syntax', "'(' was never closed", 'msg'])
        etype = rng.choice([SyntaxError, SyntaxError, IndentationError, TabError])
        e = etype(msg, ('<file>', lineno, offset, text, end_lineno, end_offset))
        out.append({'type': etype.__name__, 'msg': msg, 'filename': '<file>', 'lineno': lineno,
                    'offset': offset, 'end_lineno': end_lineno, 'end_offset': end_offset, 'text': text,
                    'display': display(e)})
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('run with /usr/bin/python3.11')
    os.makedirs(DATA, exist_ok=True)
    records, accepted, names = [], [], set()
    mutants = mutant_cases(400, 3112)
    accepted_mutants = 0
    for name, src in cases() + mutants:
        assert name not in names, name
        names.add(name)
        rec = record_for(name, src)
        if rec is None:
            if name.startswith('mutant'):
                # Valid mutants are ordinary code; keep a few as must-parse cases.
                accepted_mutants += 1
                if accepted_mutants > 40:
                    continue
            else:
                print(f'accepted by the parser (kept as a must-parse case): {name}', file=sys.stderr)
            accepted.append({'name': name, 'source_b64': base64.b64encode(src).decode('ascii'),
                             'dump_attrs': ast.dump(ast.parse(src, '<file>'), include_attributes=True)})
            continue
        records.append(rec)
    with open(os.path.join(DATA, 'error_corpus.json'), 'w', encoding='ascii') as f:
        json.dump({'python': sys.version.split()[0], 'reference': "compile(src, '<file>', 'exec', ast.PyCF_ONLY_AST)",
                   'cases': records, 'accepted': accepted}, f, indent=1, ensure_ascii=True)
        f.write('\n')
    disp = display_cases(400, 1311)
    with open(os.path.join(DATA, 'error_display.json'), 'w', encoding='ascii') as f:
        json.dump({'python': sys.version.split()[0], 'cases': disp}, f, indent=1, ensure_ascii=True)
        f.write('\n')
    print(f'{len(records)} error cases, {len(disp)} display cases written to {os.path.normpath(DATA)}')


if __name__ == '__main__':
    main()
