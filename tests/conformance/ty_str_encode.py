# str.encode / bytes.decode with encodings and error handlers; str(bytes, encoding)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "héllo €😀"
for enc in ["utf-8", "utf8", "UTF-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf_32_be"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
print("abc".encode(), "abc".encode("ascii"), "ÿ".encode("latin1"), "x".encode(encoding="utf-8", errors="strict"))
show(lambda: s.encode("ascii"))
show(lambda: "aé€b".encode("latin-1"))
show(lambda: "ab€€c".encode("ascii"))
show(lambda: "\udc80".encode())
show(lambda: "\udc80".encode("utf-8", "surrogateescape"))
show(lambda: "\ud800x".encode("utf-8", "surrogatepass"))
show(lambda: "a".encode("nope"))
show(lambda: "é".encode("ascii", "nope"))
show(lambda: "a".encode(1))
bad = b"ab\xff\xfecd\xe2\x82"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)))
show(lambda: bad.decode())
show(lambda: b"\xe2\x28\xa1".decode())
show(lambda: b"\xe2\x82\x28".decode())
show(lambda: b"abc\xe2\x82".decode())
show(lambda: b"\xf0\x9f\x98".decode("utf-8"))
show(lambda: b"\xc0\x80".decode())
show(lambda: b"\xed\xa0\x80".decode())
show(lambda: b"\x80abc".decode("ascii"))
show(lambda: b"\xff".decode("utf-16"))
print(b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00".decode("utf-16-le"), b"\xe9".decode("latin-1"), b"caf\xc3\xa9".decode())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(bytearray(b"xy"), "ascii"), str(b"\xff", "ascii", "replace"), str(b"ab"))
show(lambda: str("abc", "utf-8"))
show(lambda: str(5, "utf-8"))
show(lambda: str(b"\xff", "utf-8"))
s2 = "\udcff\udc80abc"
print(repr(b"\xff\x80abc".decode("utf-8", "surrogateescape")), s2.encode("utf-8", "surrogateescape"))
