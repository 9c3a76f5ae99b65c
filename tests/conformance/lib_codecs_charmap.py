# Single-byte codecs of CPython's encodings package (cp437, cp850, koi8_r, mac_roman, iso8859_*) through
# _codecs.charmap_build/charmap_decode/charmap_encode, error handlers included; zipfile's cp437 names.
import codecs, io, zipfile

b = bytes(range(256))
s = b.decode('cp437')
print(len(s), s[128:140], ascii(s[:5]), s.encode('cp437') == b)
print('é'.encode('cp437'), 'αβ'.encode('cp437', errors='replace'), 'x€y'.encode('cp437', 'xmlcharrefreplace'))
for enc in ['cp850', 'koi8_r', 'mac_roman', 'iso8859_15', 'cp1251', 'cp866', 'cp1250', 'latin_1', 'hp_roman8']:
    text = 'héllo wörld Привет'
    print(enc, text.encode(enc, errors='replace'), text.encode(enc, errors='ignore').decode(enc))
for data, enc in [(b'\x81\x8d\x8f', 'cp1252'), (b'\xff\xfe', 'koi8_r'), (b'\x80', 'ascii')]:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try: print(enc, errors, ascii(data.decode(enc, errors)))
        except UnicodeDecodeError as e: print(enc, errors, 'UnicodeDecodeError', e)
try: 'a☃b☃☃c'.encode('cp437')
except UnicodeEncodeError as e: print('UnicodeEncodeError', e, e.start, e.end)
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'abc'), codecs.charmap_decode(b'\x01', 'replace', {1: None}))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'xy', 1: 0x263a}), codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'zz'}))
for args in [(b'\x00', 'strict', {0: 1.5}), (b'\x05', 'strict', 'abc')]:
    try: print(codecs.charmap_decode(*args))
    except (TypeError, UnicodeDecodeError) as e: print(type(e).__name__, e)
try: codecs.charmap_encode('a', 'strict', {97: 300})
except TypeError as e: print('TypeError', e)
m = codecs.charmap_build('ab\ufffec')
print(sorted(codecs.charmap_encode('cab', 'strict', m)[0]), codecs.lookup('cp437').name, codecs.lookup('IBM437').name)
dec = codecs.getincrementaldecoder('cp437')()
print(dec.decode(b'\x80\x81'), dec.decode(b'\x82', final=True))
with io.TextIOWrapper(io.BytesIO('Größe'.encode('cp850')), encoding='cp850') as f: print(f.read())
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    info = zipfile.ZipInfo('caf\xe9.txt')
    z.writestr(info, 'x')
raw = buf.getvalue()
print(raw.count('café'.encode('utf-8')), raw.count('café'.encode('cp437')))
with zipfile.ZipFile(io.BytesIO(raw)) as z: print(z.namelist(), z.read('café.txt'))
