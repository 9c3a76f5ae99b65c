# compile()/exec()/eval() of bytes decode as CPython decodes source (found by mutfuzz: invalid UTF-8 gave
# UnicodeDecodeError instead of SyntaxError), and NUL in source is a ValueError.


def attempt(label, f):
    try:
        print(label, f())
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        print(label, type(e).__name__, e)
        if isinstance(e, SyntaxError):
            print("   ", e.lineno, e.offset)


attempt("invalid utf-8 line 2", lambda: compile(b"x = 1\n\xff\n", "f", "exec") and "compiled")
attempt("invalid utf-8 in string", lambda: compile(b"x = '\xe9'\n", "f", "exec") and "compiled")
attempt("invalid utf-8 in comment", lambda: compile(b"x = 1  # \xe9\n", "f", "exec") and "compiled")
attempt("latin-1 cookie", lambda: compile(b"# coding: latin-1\nx = '\xe9'\n", "f", "exec") and "compiled")
ns = {}
exec(b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n", ns)
print("latin-1 exec", ns["s"], len(ns["s"]))
attempt("bom", lambda: eval(b"\xef\xbb\xbf1 + 2"))
attempt("utf-8 text", lambda: eval("'\u00e9'".encode()))
attempt("eval bytes spaces", lambda: eval(b"  \t 40 + 2"))
attempt("eval invalid", lambda: eval(b"\xff"))
attempt("exec bytearray", lambda: exec(bytearray(b"y = 5")))
attempt("nul in bytes", lambda: compile(b"x = 1\0", "f", "exec"))
attempt("nul in str", lambda: compile("x = 1\0", "f", "exec"))
attempt("nul in eval", lambda: eval("1\0"))
attempt("unknown encoding", lambda: compile(b"# coding: nosuch\nx = 1\n", "f", "exec"))
