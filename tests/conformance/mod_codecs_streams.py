import codecs, io, os, tempfile

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM32_LE == codecs.BOM_UTF16_LE, codecs.BOM64_BE == codecs.BOM_UTF32_BE, codecs.BOM_LE, codecs.BOM_BE)
info = codecs.lookup('utf-8')
print(type(info).__name__, len(info), info.name, info[0] is info.encode, info._is_text_encoding)
print(codecs.lookup('hex_codec')._is_text_encoding)
ci = codecs.CodecInfo(1, 2, name='x')
print(tuple(ci), ci.name, ci.incrementalencoder, repr(ci).startswith('<codecs.CodecInfo object for encoding x at 0x'))

# StreamWriter / StreamReader
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf)
w.write('héllo\n')
w.writelines(['a', 'b\n', 'ç'])
print(buf.getvalue())
buf.seek(0)
r = codecs.getreader('utf-8')(buf)
print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read()))
buf.seek(0)
r = codecs.getreader('utf-8')(buf)
print(list(r))
buf.seek(0)
r = codecs.getreader('utf-8')(buf)
print(r.readlines(), r.closed)
data = 'x\r\ny\rz\n\u20acend'.encode('utf-8')
r = codecs.getreader('utf-8')(io.BytesIO(data))
print([r.readline() for _ in range(5)])
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(repr(r.read(3)), repr(r.read(2)), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(data))
print(repr(r.readline(size=2)), repr(r.readline()), repr(r.read(chars=1)))
try:
    codecs.getreader('utf-8')(io.BytesIO(b'ok\n\xff')).readline()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader('utf-8')(io.BytesIO(b'ok\nmore\n\xff\xfe'))
try:
    r.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82'), errors='replace')
print(repr(r.read()))
r = codecs.getreader('utf-16')(io.BytesIO('one\ntwo'.encode('utf-16')))
print(r.readlines())

# StreamReaderWriter, codecs.open
path = os.path.join(tempfile.mkdtemp(), 'f.txt')
with codecs.open(path, 'w', encoding='utf-16-le') as f:
    print(type(f).__name__, f.encoding)
    f.write('line1\nlíne2\n')
with open(path, 'rb') as raw:
    print(raw.read())
with codecs.open(path, 'r', encoding='utf-16-le') as f:
    print(f.readline(), end='')
    print(f.readlines())
with codecs.open(path, 'r', encoding='utf-16-le') as f:
    print(list(f), f.name == path)
f = codecs.open(path, 'rb')
print(type(f).__name__, f.read())
f.close()
try:
    codecs.open(path, 'r', encoding='no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)

# EncodedFile / StreamRecoder
raw = io.BytesIO('grüße'.encode('latin-1'))
ef = codecs.EncodedFile(raw, 'utf-8', 'latin-1')
print(type(ef).__name__, ef.data_encoding, ef.file_encoding, ef.read())
out = io.BytesIO()
ef = codecs.EncodedFile(out, 'utf-8', 'utf-16-le')
ef.write('ab€'.encode('utf-8'))
print(out.getvalue())
ef = codecs.EncodedFile(io.BytesIO(b'x'), 'ascii')
print(ef.file_encoding, ef.read())

# iterencode / iterdecode and the getters
print(list(codecs.iterencode(['a', '', 'é', '€'], 'utf-8')))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'z'], 'utf-8')))
print(list(codecs.iterencode(['ab', 'c'], 'utf-16')))
print(list(codecs.iterdecode([b'\xff', b'\xfeA', b'\x00'], 'utf-16')))
print(codecs.getencoder('latin-1')('ÿ'), codecs.getdecoder('ascii')(b'hi'))
print(codecs.getincrementalencoder('utf-8')().encode('é'), codecs.getincrementaldecoder('utf-8')().decode(b'\xc3'))
for fn in (codecs.getencoder, codecs.getincrementaldecoder, codecs.getreader):
    try:
        fn('bogus-enc')
    except LookupError as e:
        print(fn.__name__, type(e).__name__, e)

# base classes
d = codecs.BufferedIncrementalDecoder()
print(d.getstate(), d.buffer)
d.setstate((b'ab', 0))
print(d.getstate())
d.reset()
print(d.getstate())
e = codecs.BufferedIncrementalEncoder()
print(e.getstate())
e.setstate('zz')
print(e.getstate(), e.buffer)
e.reset()
print(repr(e.buffer))
try:
    d.decode(b'x')
except NotImplementedError as ex:
    print('NotImplementedError', ex)
print(codecs.IncrementalDecoder().getstate(), codecs.IncrementalEncoder().getstate(), repr(codecs.IncrementalEncoder().buffer))
for call in (lambda: codecs.Codec().encode('x'), lambda: codecs.IncrementalEncoder().encode('x')):
    try:
        call()
    except NotImplementedError:
        print('NotImplementedError')

# charmap helpers
print(codecs.make_identity_dict(range(3)))
print(codecs.make_encoding_map({1: 'a', 2: 'b', 3: 'a'}))

import shutil
shutil.rmtree(os.path.dirname(path))
print(os.path.exists(path))
