import hashlib

data = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 119, b'a' * 128, bytes(range(256)) * 5]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    ctor = getattr(hashlib, name)
    for d in data:
        print(name, len(d), ctor(d).hexdigest())
    h = ctor()
    print(h.name, h.digest_size, h.block_size)
    for d in data:
        h.update(d)
    c = h.copy()
    c.update(b'more')
    print(h.hexdigest(), c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))

h = hashlib.new('sha256', b'hello')
print(h.name, h.hexdigest())
print(hashlib.new('SHA1', b'x').hexdigest())
print(hashlib.md5(string=b'abc').hexdigest())
h = hashlib.sha256(bytearray(b'ab'))
h.update(memoryview(b'cd'))
print(h.hexdigest())
for f in [lambda: hashlib.new('nope'), lambda: hashlib.md5('text'), lambda: hashlib.sha1().update('x'),
          lambda: hashlib.sha256(5), lambda: hashlib.sha256().update(b'a', b'b')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(repr(hashlib.md5()).startswith('<md5 _hashlib.HASH object @ 0x'))
