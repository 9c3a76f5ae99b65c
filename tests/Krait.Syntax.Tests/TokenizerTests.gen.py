"""Generates TokenizerTests.Data.g.cs: expected token streams and errors taken from CPython 3.11.
Run: /usr/bin/python3.11 tests/Krait.Syntax.Tests/TokenizerTests.gen.py > tests/Krait.Syntax.Tests/TokenizerTests.Data.g.cs
Token streams come from CPython's C tokenizer (tokenize._generate_tokens_from_c_tokenizer, the tokenizer the
parser uses); errors from compile(). Only errors the tokenizer itself decides are listed."""
import base64, token, tokenize, warnings
warnings.simplefilter('ignore')

STREAMS = [
    "x = 1\n", "if x:  # c\n    y = 1\n\nz\n", "x = 1", "a.b(c, *d, **e)[f:g]\n", "x += 1; y -= 2\n",
    "a //= b ** c // d @ e @= f\n", "a <<= b >> c <= d >= e == f != g -> h := i ...\n", "x ^= ~y | z & w % v\n",
    "def f(a, /, b=1, *c, d, **e) -> int:\n    return (a\n      + b)\n", "x = [\n  1,\n  2,\n]\n",
    "x = 1 + \\\n    2\n", "if x:\n\tif y:\n\t\tpass\n\n\nz\n", "class A:\n    def f(self):\n        pass\n# end\n",
    "0x_ff 0o17 0b1_0 1_000 1.5 .5 5. 1e10 1E-5 1.5j 2J 0 00 0.0 1_2.3_4e5_6j\n",
    "'a' \"b\" '''c''' \"\"\"d\"\"\" r'e' b'f' rb'g' Br'h' f'i' Rf'j' fR'k' u'l' U\"m\"\n",
    "ub'x' bu'y' fb'z'\n", "x = '''a\nb\nc''' + 'd'\n", "x = 'a\\\nb'\n", "s = 'it\\'s'\n", "'\\\\'\n",
    "é = 1\nπr = 2\n", "x = 'é€𝔘' + y\n", "x = ('é',\n     𝔘𝔫)\n", "async def f():\n    await x\n",
    "match x:\n    case _:\n        pass\n", "x = 1\n\n\n", "\n\n# c\n\n", "  # c\nx\n", "if 1:\n    x\n  # c\n    y\n",
    "x = {\n  'a': 1, # c\n}\n", "1if x else 2\n", "1 if 1else 2\n", "0x1for x in y\n", "\fx = 1\n", "if x:\n  \f  y\n",
    "x = \"\"\"\n\"\"\"\n", "f(**{'a': 1})\n", "print(x, end='')\n", "lambda: (yield)\n", "x = a if b else c\n",
    "x\\\n y\n", "@dec\ndef f(): pass\n", "a[...]\n", "x = 1 # é\n", "if x:\n    a\nelse:\n    b\n",
]

ERRORS = [
    "1abc", "0777", "00012", "0o78", "0b12", "0x", "1_", "1e", "1__0", "0xfg", "0_", "0_1", "09", "1._5", "1e_5", "1e+",
    "1.5_", "0x_", "0b", "0o", "0b2", "0o8", "1.5j2", "1e5abc", "0b1a", "0o1a", "1jx", "1.ex", "é = 0777",
    "é = 1abc", "x = 1\u00a0",
    "x = 'abc\n", "x = \"abc", "x = '''abc\n\n", "x = \"\"\"abc\n\nfoo", "x = 'é\n", "x = 'a\\\n", "f'x\n",
    "x = (\n'''\n", "x = 'a'b'",
    "if x:\n  a\n b\n", "if x:\n    a\n  b\n", "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n", "if x:\n  \ta\n\t  b\n",
    "if x:\n    a\n  \\\n    b\n", "x\n\\", "x = 1 \\", "x = \\\n", "x = 1 \\ x", "\\ x", "x = (\n", "x = (1,",
    "def f():\n  x = (\n", "x = (1,\ny\n", "x = [\n(\n", ")", "(]", "(\n\n]", "[)", "x)",
    "".join(" " * i + "if x:\n" for i in range(100)) + " " * 100 + "pass\n", "x = " + "(" * 201,
    "€", "a\u00a0b", "a€b", "é = €", "\x01", "x = \x7f", "x\x0b", "\u200b", "·x", "a\U0001F600", "\U0001F600", "\u0300",
    "\ufeffx", "x\u2028y", "a\u05c3 = 1", "πr² = 2",
]
EVAL_ERRORS = ["(1 +", "'abc", "1abc"]
VALID = ["1if x else y", "0b1_0", "1_0.0_1e+1_0j", "x·y = 1", "_\u0300 = 1", "℘ = 1", "℮ = 1",
         "if x:\n    a\n\\\n    b\n", "x = 1 \\\n\n", "ﬁ = 1", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1", "ub = 1", "x = 1\r\ny = 2\r", "00_0", "09.5", "09j", "0e1"]

BYTES = [b'# coding: foo\nx\n', b'\xef\xbb\xbf# coding: latin-1\nx\n', b'\xef\xbb\xbf# coding: utf8\nx\n',
         b'\xff\n', b'x\n\n# coding: latin-1\n\xe9=1\n', b'x=1 # coding: latin-1\n\xe9=1\n', b'# coding: ascii\n\xe9=1\n',
         b'#coding:cp1252\n\x80=1\n', b'\xef\xbb\xbf\xef\xbb\xbfx\n', b'a\xe2\x82b\n', b'\xc3\xa9\xff = 1\n',
         b'x = 1\n\xed\xa0\x80 = 2\n', b'\xc3\xa9 = 0777\n', b'\xc3\xa9 = 1abc\n',
         b'# coding: utf-8\nx = 1\n\xff = 2\n', b'\xef\xbb\xbf\xff = 1\n', b'# coding: utf8\n# \xff\n', b'# coding: utf-16\nx\n',
         b'# coding: latin-1\n\x80 = 1\n', b'# coding: cp1252\n\x81 = 1\n', b'#coding:mbcs\nx=1\n', b'#coding:rot13\nx=1\n',
         b'#coding:hex\nx=1\n', b'# coding: ascii\nx = "\x80"\n', b'# coding: latin2\n\xa0 = 1\n',
         b'# coding: foo', b'\r# coding: foo\n', b'# c\r# coding: foo\n']
VALID_BYTES = [b'\xef\xbb\xbf# coding: utf-8\nx\n', b'\n# coding: latin-1\n\xe9=1\n', b'#!/bin\n# vim: set fileencoding=latin-1 :\n\xe9=1\n',
               b'# coding: utf8\n\xc3\xa9=1\n', b'# coding=UTF_8\n\xc3\xa9=1\n', b'#coding:latin1\n\xe9=1\n', b'x = 1\n# c\xe9\n',
               b'# -*- coding: iso-8859-15 -*-\n\xbdx = 1\n', b'\xef\xbb\xbfx = 1\n', b'x = 1\r\n\xc3\xa9 = 2\r\n',
               b'# coding: utf-8\n# \xff\n', b'\xef\xbb\xbf# \xff\n', b'# coding: koi8-r\n\xc1 = 1\n', b'#coding:euc-jp\nx=1\n',
               b'#coding:shift_jis\nx=1\n', b'#coding:utf-8-sig\nx=1\n', b'\xef\xbb\xbf#coding:utf-8-sig\nx=1\n', b'#coding:UTF-8-SIG\nx=1\n',
               b'#coding:latin-1-foo\nx=1\n', b'#coding:iso_8859_1\n\xe9=1\n', b'# coding: latin2\n\xb1 = 1\n', b'# vim:fileencoding=mac-roman\n\x8e = 1\n']

# Sources where CPython's parser reports "invalid syntax" at the first '$': the error's text and offsets show
# how CPython picks the line buffer and converts byte offsets.
AT_OP = ['x = """a\nb""" $\n', 'x = 1 + \\\n 2 + \\\n 3 $\n', 'x = 1 + \\\n 2 + \\\n 3 + (\n4 $)\n', 'x = (1 + \\\n 2 $)\n',
         'é = """a\nb""" + é $\n', 'x = """é\nb""" + é $\n', 'if x:\n    a\n\\\n    b $\n', 'x = 1 \\\n  $\n',
         "x = '''\n''' \\\n + $\n", '(x,\n \\\n $)\n', 'é = $', 'x = "€𝔘" $ 1\n', '(a,\n b $)', 'x = (a,\n     b,\n     c $)\n']
AT_OP_BYTES = [b'\xc3\xa9 = $\n', b'# coding: latin-1\n\xe9 = $\n', b'\xef\xbb\xbf\xc3\xa9 = $\n', b'x = """\xc3\xa9\n\xc3\xa9""" $\n']


def cs(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 32 <= o < 127: out.append(ch)
        elif o > 0xFFFF: out.append('\\U%08X' % o)
        else: out.append('\\u%04X' % o)
    out.append('"')
    return ''.join(out)


def err(src, mode):
    try:
        compile(src, 'f', mode)
    except SyntaxError as e:
        return e
    raise AssertionError(f'{src!r} compiled')


def err_row(e):
    return f'{cs(type(e).__name__)}, {cs(e.msg)}, {e.lineno or 0}, {e.offset if e.offset is not None else 0}, {e.end_lineno or 0}, {e.end_offset if e.end_offset is not None else 0}, {"null" if e.text is None else cs(e.text)}'


print('// <auto-generated> by TokenizerTests.gen.py from CPython 3.11 </auto-generated>')
print('#nullable enable')
print('namespace Krait.Syntax.Tests;')
print('public partial class TokenizerTests')
print('{')
print('    public static TheoryData<string, string> Streams => new()')
print('    {')
for src in STREAMS:
    toks = []
    for t in tokenize._generate_tokens_from_c_tokenizer(src):
        name = 'OP' if t.type == token.OP and t.exact_type == token.OP else token.tok_name[t.exact_type]
        if name in ('ASYNC', 'AWAIT'):
            name = 'NAME'   # keywords are NAME tokens to the parser
        toks.append(f'{name} {t.start[0]} {t.start[1]} {t.end[0]} {t.end[1]}')
    print(f'        {{ {cs(src)}, {cs("; ".join(toks))} }},')
print('    };')
print()
print('    public static TheoryData<string, string, string, string, int, int, int, int, string?> Errors => new()')
print('    {')
for src in ERRORS:
    print(f'        {{ {cs(src)}, "exec", {err_row(err(src, "exec"))} }},')
for src in EVAL_ERRORS:
    print(f'        {{ {cs(src)}, "eval", {err_row(err(src, "eval"))} }},')
print('    };')
print()
print('    public static TheoryData<string> Valid => new()')
print('    {')
for src in VALID:
    compile(src, 'f', 'exec')
    print(f'        {{ {cs(src)} }},')
print('    };')
print()
print('    public static TheoryData<string, string, string, int, int, int, int, string?> BytesErrors => new()')
print('    {')
for b in BYTES:
    print(f'        {{ {cs(base64.b64encode(b).decode())}, {err_row(err(b, "exec"))} }},')
print('    };')
print()
print('    public static TheoryData<string, string, int, int, int, int, string?> AtOp => new()')
print('    {')
for src in AT_OP:
    e = err(src, 'exec')
    assert e.msg == 'invalid syntax', (src, e.msg)
    print(f'        {{ {cs(src)}, "str", {e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset}, {cs(e.text)} }},')
for b in AT_OP_BYTES:
    e = err(b, 'exec')
    assert e.msg == 'invalid syntax', (b, e.msg)
    print(f'        {{ {cs(base64.b64encode(b).decode())}, "bytes", {e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset}, {cs(e.text)} }},')
print('    };')
print()
print('    public static TheoryData<string> ValidBytes => new()')
print('    {')
for b in VALID_BYTES:
    compile(b, 'f', 'exec')
    print(f'        {{ {cs(base64.b64encode(b).decode())} }},')
print('    };')
print('}')
