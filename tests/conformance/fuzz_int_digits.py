# CPython 3.11's limit on int <-> decimal str conversion (4300 digits by default).
import sys


def attempt(label, f):
    try:
        r = f()
        if isinstance(r, int) and not isinstance(r, bool):
            r = f"int of {r.bit_length()} bits"
        elif isinstance(r, str) and len(r) > 60:
            r = f"str of {len(r)} chars"
        print(label, "ok", r)
    except (ValueError, TypeError, SyntaxError) as e:
        print(label, type(e).__name__, e)


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
attempt("4300 digits", lambda: int("7" * 4300))
attempt("4301 digits", lambda: int("7" * 4301))
attempt("negative 4300", lambda: int("-" + "7" * 4300))
attempt("negative 4301", lambda: int("-" + "7" * 4301))
attempt("plus and spaces", lambda: int("  +" + "7" * 4300 + "\n"))
attempt("underscores 4300", lambda: int("7_" * 4299 + "7"))
attempt("underscores 4301", lambda: int("7_" * 4300 + "7"))
attempt("zeros 5000", lambda: int("0" * 5000))
attempt("leading zeros", lambda: int("0" * 4300 + "1"))
attempt("base 16 is free", lambda: int("7" * 5000, 16))
attempt("base 2 is free", lambda: int("1" * 5000, 2))
attempt("base 8 is free", lambda: int("7" * 5000, 8))
attempt("base 0 decimal", lambda: int("7" * 4301, 0))
attempt("base 10 explicit", lambda: int("7" * 4301, 10))
attempt("base 36 limited", lambda: int("z" * 4301, 36))
attempt("invalid and long", lambda: int("7" * 4301 + "x"))
attempt("bytes", lambda: int(b"7" * 4301))
attempt("bytes ok", lambda: int(b"12") + int(bytearray(b" 13 ")) + int(b"ff", 16))
attempt("bytes invalid", lambda: int(b"12a"))
attempt("bytearray base", lambda: int(bytearray(b"777"), 8))
attempt("float text", lambda: float("7" * 4301) > 1e300)
big = 10 ** 4300
attempt("str 4301", lambda: str(big))
attempt("str 4300", lambda: str(big // 10))
attempt("repr negative", lambda: repr(-big // 10))
attempt("str negative 4301", lambda: str(-big))
attempt("percent d", lambda: "%d" % big)
attempt("percent i small", lambda: "%i" % (big // 10))
attempt("percent x free", lambda: len("%x" % big))
attempt("f-string", lambda: f"{big}")
attempt("format d", lambda: format(big, "d"))
attempt("format x free", lambda: len(format(big, "x")))
attempt("hex free", lambda: len(hex(big)))
attempt("bytes percent", lambda: b"%d" % big)
attempt("literal", lambda: eval("7" * 4301))
attempt("literal 4300", lambda: eval("7" * 4300))
attempt("literal underscores", lambda: eval("1_" * 4300 + "0"))
attempt("literal zeros", lambda: eval("0" * 5000))
attempt("literal hex", lambda: eval("0x" + "f" * 5000))
attempt("literal float", lambda: eval("7" * 5000 + ".0") > 1)
try:
    compile("x = 1\ny = " + "9" * 4400 + "\n", "<lit>", "exec")
except SyntaxError as e:
    print("literal position", e.lineno, e.offset, e.msg[:40])
attempt("set 639", lambda: sys.set_int_max_str_digits(639))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set str", lambda: sys.set_int_max_str_digits("700"))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
print(sys.get_int_max_str_digits())
attempt("640 digits", lambda: int("7" * 640))
attempt("641 digits", lambda: int("7" * 641))
attempt("str 641", lambda: str(10 ** 640))
attempt("literal 641", lambda: eval("7" * 641))
attempt("set keyword", lambda: sys.set_int_max_str_digits(maxdigits=5000))
print(sys.get_int_max_str_digits())
attempt("4301 under 5000", lambda: int("7" * 4301))
attempt("set 0", lambda: sys.set_int_max_str_digits(0))
print(sys.get_int_max_str_digits())
attempt("unlimited", lambda: int("7" * 20000))
attempt("unlimited str", lambda: len(str(10 ** 20000)))
attempt("unlimited literal", lambda: eval("7" * 9000) > 0)
sys.set_int_max_str_digits(4300)
attempt("back to 4300", lambda: int("7" * 4301))
