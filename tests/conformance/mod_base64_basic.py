import base64

for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256))]:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.standard_b64encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('Zm9vYmFy'), base64.urlsafe_b64decode('-_8='), base64.standard_b64decode(b'Zm9v'))
print(base64.b64decode(b'Zm9v\nYmFy'), base64.b64decode(bytearray(b'Zm8=')), base64.b64decode(memoryview(b'Zg==')))
for f in [lambda: base64.b64decode(b'Zm9v\nYmFy', validate=True), lambda: base64.b64decode('abc'),
          lambda: base64.b64decode('caf\xe9'), lambda: base64.b64decode(12), lambda: base64.b64encode('str'),
          lambda: base64.b64encode(b'x', altchars=b'-'), lambda: base64.b64decode(b'a')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
long = bytes(range(256)) * 2
enc = base64.encodebytes(long)
print(enc.count(b'\n'), enc[:80])
print(base64.decodebytes(enc) == long, base64.encodebytes(b''), base64.encodebytes(b'abc'))
try:
    base64.encodebytes('abc')
except TypeError as e:
    print('TypeError', e)
print(base64.b16encode(b'\x01\xab\xff'), base64.b16decode('01ABFF'), base64.b16decode(b'01abff', casefold=True))
for f in [lambda: base64.b16decode(b'01abff'), lambda: base64.b16decode(b'0'), lambda: base64.b16decode(b'0G')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
import io
src = io.BytesIO(long)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue()[-30:])
out = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), out)
print(out.getvalue() == long, base64.MAXLINESIZE, base64.MAXBINSIZE)
