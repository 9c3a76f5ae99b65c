import hashlib

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 4096, 40).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass' * 30, b'NaCl', 10).hex())
print(hashlib.pbkdf2_hmac('sha512', b'', b'', 3, 100).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'), 7, 5).hex())
for args in [('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0), ('nope', b'p', b's', 1),
             ('sha256', 'p', b's', 1)]:
    try:
        hashlib.pbkdf2_hmac(*args)
    except Exception as e:
        print(type(e).__name__, e)

