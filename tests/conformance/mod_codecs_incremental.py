import codecs
import io

text = 'h\xe9llo \u20ac w\U0001F600rld\n' * 3
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig', 'latin-1', 'cp1252',
            'unicode_escape', 'raw_unicode_escape', 'ascii']:
    t = text if enc not in ('latin-1', 'cp1252', 'ascii') else 'hello w\xe9rld\n' if enc != 'ascii' else 'hello\n'
    data = t.encode(enc)
    for step in (1, 2, 3, 5):
        dec = codecs.getincrementaldecoder(enc)()
        out = ''.join(dec.decode(data[i:i + step]) for i in range(0, len(data), step)) + dec.decode(b'', True)
        assert out == t, (enc, step, out)
    encoder = codecs.getincrementalencoder(enc)()
    pieces = b''.join(encoder.encode(c) for c in t) + encoder.encode('', True)
    print(enc, pieces == data, len(data))
dec = codecs.getincrementaldecoder('utf-8')()
print([dec.decode(bytes([b])) for b in 'h\xe9\u20ac\U0001F600'.encode()])
print(dec.getstate())
dec.decode(b'\xe2\x82')
print(dec.getstate())
dec.reset()
print(dec.decode(b'abc'))
try:
    dec.decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
dec = codecs.getincrementaldecoder('utf-8')('replace')
print(ascii(dec.decode(b'a\xe2\x82')), ascii(dec.decode(b'', True)))
print(codecs.utf_8_decode(b'ab\xc3', 'strict', False), codecs.utf_8_decode(b'ab\xc3', 'replace', True))
print(codecs.utf_16_le_decode(b'a\x00b'), codecs.utf_16_le_decode(b'a\x00\x3d\xd8'), codecs.utf_32_be_decode(b'\x00\x00\x00a\x00'))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, False), codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, False))
print(codecs.utf_16_ex_decode(b'\xff', 'strict', 0, False), codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', 'strict', 0, True))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', 'strict', 1), codecs.utf_16_encode('ab', 'strict', -1), codecs.utf_32_encode('a'))
print(codecs.latin_1_encode('h\xe9'), codecs.ascii_decode(b'abc'), codecs.unicode_escape_decode(b'\\x41\\', 'strict', False), codecs.raw_unicode_escape_decode(b'\\u00', None, False))
print(codecs.unicode_escape_decode(b'\\u00', 'strict', False), codecs.unicode_escape_encode('\xe9'), codecs.raw_unicode_escape_encode('\u20ac'))
print(list(codecs.iterdecode([b'\xff', b'\xfe', b'a', b'\x00'], 'utf-16')))
print(list(codecs.iterencode(['a', 'b', ''], 'utf-16')), list(codecs.iterencode(['x', 'y'], 'utf-8-sig')))
print(list(codecs.iterdecode([b'\xef', b'\xbb\xbf', b'hi'], 'utf-8-sig')))
dec = codecs.getincrementaldecoder('utf-16')()
try:
    dec.decode(b'a\x00b\x00')
except UnicodeError as e:
    print(type(e).__name__, e)

buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('hello ')
w.write('w\xe9rld')
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-16')(buf)
print(r.read())
raw = 'line one\nline two\r\nl\xefne three\nlast'.encode('utf-8')
r = codecs.getreader('utf-8')(io.BytesIO(raw))
print(r.readline(), r.readline(), r.readline(keepends=False), r.read())
r = codecs.getreader('utf-8')(io.BytesIO(raw))
print(list(r))
r = codecs.getreader('latin-1')(io.BytesIO(b'abc\xe9def'))
print(r.read(2), r.read(3), r.read())
