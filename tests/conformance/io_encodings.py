# Text file encodings and error handlers: latin-1, ascii, utf-16 (with BOM), utf-16-le, utf-8-sig, cp1252;
# errors='replace'/'ignore'/'backslashreplace'/'xmlcharrefreplace'/'surrogateescape'; strict failures.
import os

d = os.path.join(os.getcwd(), "_io_encodings_tmp")
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "e.txt")
text = "caf\u00e9 na\u00efve\n"

for enc in ("utf-8", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32", "cp1252", "iso8859-1", "UTF8"):
    with open(p, "w", encoding=enc) as f:
        print(enc, f.encoding, f.write(text))
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding=enc) as f:
        print(repr(f.read()))

with open(p, "wb") as f:
    f.write(b"ok \xff\xfe bad \xe9\n")
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    with open(p, encoding="utf-8", errors=errors) as f:
        print(errors, repr(f.read()), f.errors)
with open(p, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(p, encoding="utf-8") as f:
        f.read()
except ValueError as e:
    print("UnicodeError", isinstance(e, UnicodeError))
try:
    with open(p, encoding="ascii") as f:
        f.read()
except ValueError as e:
    print("UnicodeError", isinstance(e, UnicodeError))

for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace"):
    with open(p, "w", encoding="ascii", errors=errors) as f:
        f.write("a\u00e9b\u20acc\n")
    with open(p, "rb") as f:
        print(errors, f.read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("\u00e9")
except ValueError as e:
    print("UnicodeError", isinstance(e, UnicodeError))
with open(p, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("x\udcff\udc80y")
with open(p, "rb") as f:
    print(f.read())

with open(p, "wb") as f:
    f.write("\u00e9\u00e9\u00e9\n".encode("utf-8"))
with open(p, encoding="utf-8") as f:
    print(repr(f.read(1)), f.tell(), repr(f.read(1)), f.tell(), repr(f.readline()), f.tell())

try:
    open(p, encoding="no-such-encoding")
except LookupError as e:
    print(type(e).__name__, e)

os.remove(p)
os.rmdir(d)
