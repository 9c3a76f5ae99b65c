import codecs

for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'latin1', 'iso-8859-1', 'ascii', 'US-ASCII', 'utf-16', 'UTF-16LE',
             'utf_16_be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'cp1252', 'windows-1252', 'unicode_escape',
             'raw_unicode_escape', 'hex', 'base64', 'rot13', 'zlib']:
    ci = codecs.lookup(name)
    print(name, ci.name, len(ci), ci[0] is ci.encode, ci[1] is ci.decode, ci.streamreader is ci[2], ci._is_text_encoding)
ci = codecs.lookup('utf-8')
print(isinstance(ci, tuple), type(ci).__name__, repr(ci).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x'))
for bad in ['nope', 'utf-9', '']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError', e)
try:
    'x'.encode('nope')
except LookupError as e:
    print('LookupError', e)
try:
    b'x'.decode('nope')
except LookupError as e:
    print('LookupError', e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)
print(codecs.getencoder('utf-8')('h\xe9'), codecs.getdecoder('latin-1')(b'h\xe9'))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('\xe9', 'latin-1'), codecs.decode(b'\xe9', encoding='latin-1'))
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'), codecs.encode(b'hi', 'base64'), codecs.decode(b'aGk=\n', 'base64'))
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'), codecs.decode(codecs.encode(b'zz' * 50, 'zlib'), 'zlib'))
for f in [lambda: 'x'.encode('hex'), lambda: b'x'.decode('rot13'), lambda: codecs.encode(1, 'utf-8'), lambda: codecs.decode('s', 'utf-8')]:
    try:
        f()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

def search(name):
    print('searching', repr(name))
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None

codecs.register(search)
print(codecs.lookup('My-Codec').name, 'abc'.encode('my_codec'), b'XYZ'.decode('my codec'))
print(codecs.encode('q', 'my-codec'), codecs.lookup('my_codec') is codecs.lookup('my_codec'))
try:
    codecs.lookup('Other Name')
except LookupError as e:
    print('LookupError', e)
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print('LookupError', e)
