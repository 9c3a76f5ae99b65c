import base64, binascii, array

# decoders take ASCII str, bytes, bytearray and other buffers
print(base64.b64decode('YWJj'), base64.b64decode(b'YWJj'), base64.b64decode(bytearray(b'YWJj')))
print(base64.b64decode(memoryview(b'YWJj')), base64.b32decode(memoryview(b'MFRGG===')))
for bad in ('YWJj\u00e9', 'é'):
    try:
        base64.b64decode(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (12, None, ['a'], 3.5):
    try:
        base64.b64decode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    base64.b32decode(7)
except TypeError as e:
    print(type(e).__name__, e)

# altchars
enc = base64.b64encode(b'\xfb\xff\xfe', altchars=b'-_')
print(enc, base64.b64decode(enc, altchars=b'-_'), base64.b64decode(enc.decode(), altchars='-_'))
print(base64.b64decode(b'+/+/', altchars=b'-_'))
try:
    base64.b64decode(enc, altchars=b'-')
except AssertionError as e:
    print(type(e).__name__, e)
print(base64.b64decode(b'YW Jj', validate=False))
try:
    base64.b64decode(b'YW Jj', validate=True)
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.urlsafe_b64decode('-_-_'), base64.urlsafe_b64encode(b'\xfb\xff'))
print(base64.standard_b64encode(b'hi'), base64.standard_b64decode('aGk='))

# base32 options
word = base64.b32encode(b'hello!')
print(word, base64.b32decode(word), base64.b32decode(word.lower(), casefold=True))
try:
    base64.b32decode(word.lower())
except binascii.Error as e:
    print(type(e).__name__, e)
print(base64.b32decode(b'0I======', map01=b'I'), base64.b32decode(b'01======', map01=b'L'), base64.b32decode('O1======', map01='I'))
try:
    base64.b32decode(b'OI======', map01=b'IL')
except AssertionError as e:
    print(type(e).__name__, e)
for bad in (b'ABC', b'ME======X', b'M=======', b'MFRG====', b'AB!=====' ):
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print(type(e).__name__, e)
print(base64.b32hexdecode(base64.b32hexencode(b'xyz')), base64.b32hexdecode('edq6i===', casefold=True))
print([base64.b32encode(b'abcde'[:n]) for n in range(6)])
print([base64.b32decode(base64.b32encode(b'abcde'[:n])) for n in range(6)])
