import hashlib

data = [b'', b'abc', b'x' * 135, b'x' * 136, b'x' * 137, bytes(range(256)) * 3]
for name in ['sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']:
    for d in data:
        print(name, len(d), hashlib.new(name, d).hexdigest())
    h = getattr(hashlib, name)()
    print(h.name, h.digest_size, h.block_size)
for name in ['shake_128', 'shake_256']:
    h = hashlib.new(name, b'abc')
    print(name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(200).hex()[-20:])
    c = h.copy()
    c.update(b'def')
    print(c.hexdigest(16))
try:
    hashlib.shake_128().digest()
except TypeError as e:
    print('TypeError', e)

for d in data:
    print('blake2b', len(d), hashlib.blake2b(d).hexdigest())
    print('blake2s', len(d), hashlib.blake2s(d).hexdigest())
print(hashlib.blake2b(b'msg', digest_size=16, key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'msg', digest_size=10, key=b'secret', salt=b'salt', person=b'me').hexdigest())
h = hashlib.blake2b(key=b'k' * 64)
h.update(b'z' * 300)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.new('blake2s', b'abc').hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2b.PERSON_SIZE)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k' * 65), dict(salt=b's' * 17), dict(person=b'p' * 17)]:
    try:
        hashlib.blake2b(**kw)
    except ValueError as e:
        print('ValueError', e)
try:
    hashlib.blake2s(digest_size=33)
except ValueError as e:
    print('ValueError', e)
