import base64

for d in [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'abcdef', b'\x00\xff' * 7]:
    e32 = base64.b32encode(d)
    h32 = base64.b32hexencode(d)
    print(e32, h32, base64.b32decode(e32) == d, base64.b32hexdecode(h32) == d)
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode(b'MFRGG===', map01=b'L'))
print(base64.b32decode(b'0FRGG===', map01=b'I') if False else base64.b32decode(b'MFRGGZA='))
for f in [lambda: base64.b32decode(b'MFRGG'), lambda: base64.b32decode(b'mfrgg==='), lambda: base64.b32decode(b'MFRGG=='),
          lambda: base64.b32decode(b'M=======') , lambda: base64.b32decode(b'MFRG1==='), lambda: base64.b32hexdecode(b'W0======')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for d in [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\x00\x00\x00', b'    ', b'\x00\x00', b'hello world!!', bytes(range(40))]:
    a = base64.a85encode(d)
    b = base64.b85encode(d)
    print(a, b, base64.a85decode(a) == d, base64.b85decode(b) == d)
    print(base64.a85encode(d, pad=True), base64.b85encode(d, pad=True), base64.a85encode(d, foldspaces=True))
print(base64.a85encode(bytes(range(60)), wrapcol=20, adobe=True))
print(base64.a85encode(b'abcdefgh', wrapcol=7, adobe=True), base64.a85encode(b'abcdefgh', wrapcol=1))
print(base64.a85decode(b'<~@:E_W~>', adobe=True), base64.a85decode(b'@:E _\nW'), base64.a85decode(b'zz'))
print(base64.a85decode(b'y', foldspaces=True), base64.b85decode(b'VPa!s'))
for f in [lambda: base64.a85decode(b'abc', adobe=True), lambda: base64.a85decode(b'ab z'), lambda: base64.a85decode(b'ab~'),
          lambda: base64.a85decode(b'uuuuu'), lambda: base64.b85decode(b'ab"c'), lambda: base64.b85decode(b'~~~~~'),
          lambda: base64.a85decode(b'ay', foldspaces=True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
