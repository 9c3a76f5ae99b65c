import binascii

cases = [b'YWJj', b'YW Jj', b'YWJ', b'YW', b'Y', b'YWJjZ', b'=YWJj', b'YW=Jj', b'YWJj=', b'YWI=ZZ', b'YW==',
         b'YW=', b'Y===', b'YWJjZA===', b'!!YWJj', b'YQ==\n', b'Y\nW\nJ\nj', b'YWJj\x00', b'abcd====', b'a=b=c=d=']
for c in cases:
    for strict in (False, True):
        try:
            print(c, strict, binascii.a2b_base64(c, strict_mode=strict))
        except binascii.Error as e:
            print(c, strict, 'Error', e)
try:
    binascii.a2b_base64('caf\xe9')
except ValueError as e:
    print(type(e).__name__, e)
try:
    binascii.a2b_base64(1.5)
except TypeError as e:
    print('TypeError', e)
for n in range(0, 20):
    data = bytes((i * 37 + n) & 255 for i in range(n))
    enc = binascii.b2a_base64(data)
    assert binascii.a2b_base64(enc) == data
    print(n, enc)
