import codecs

s = 'a\xe9\u20ac\U0001F600\udc80z'
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252']:
    for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        print(enc, errors, s.encode(enc, errors))
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, 'strict', e.encoding, ascii(e.object), e.start, e.end, e.reason, '|', e)
print('\udc80\udcff'.encode('utf-8', 'surrogateescape'), b'a\x80\xff'.decode('utf-8', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print('\ud800'.encode('utf-16-le', 'surrogatepass'), '\ud800'.encode('utf-32-be', 'surrogatepass'))
data = b'a\x80b\xc3\x28c\xe2\x82d\xf0\x9f\x98e\xff'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(data.decode('utf-8', errors)))
for enc in ['utf-8', 'ascii', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-16', 'utf-32', 'cp1252']:
    for b in [b'\xff', b'a\x80\x81', b'\x00\xd8', b'\x00\xdc\x00\x00', b'\x00\x00\x11\x00', b'\xed\xa0\x80', b'\xe2\x82']:
        try:
            r = b.decode(enc)
            print(enc, b, 'ok', ascii(r))
        except UnicodeDecodeError as e:
            print(enc, b, e.encoding, e.object, e.start, e.end, e.reason, '|', e)

def show(e):
    kind = type(e).__name__
    if isinstance(e, UnicodeEncodeError):
        return ('[%s %d:%d]' % (kind, e.start, e.end), e.end)
    if isinstance(e, UnicodeDecodeError):
        return ('[%s %d:%d %r]' % (kind, e.start, e.end, e.object[e.start:e.end]), e.end)
    raise TypeError("don't know how to handle")

codecs.register_error('test.show', show)
print('ab\xe9\xe9c\u20ac'.encode('ascii', 'test.show'), b'ab\xff\xfec'.decode('utf-8', 'test.show'))
print(codecs.lookup_error('test.show') is show, codecs.lookup_error('strict') is codecs.strict_errors)
codecs.register_error('test.bytes', lambda e: (b'<?>', e.end))
print('x\xe9y'.encode('latin-1', 'test.bytes') if False else 'x\u20acy'.encode('ascii', 'test.bytes'))
codecs.register_error('test.skip2', lambda e: ('', e.start + 2) if e.start + 2 <= len(e.object) else ('', e.end))
print('a\xe9bcd'.encode('ascii', 'test.skip2'), b'a\xffbcd'.decode('ascii', 'test.skip2'))
codecs.register_error('test.back', lambda e: ('?', -1))
print('abc\xe9d'.encode('ascii', 'test.back') if False else 'skipped')
for handler in [lambda e: 'bad', lambda e: ('x', 99), lambda e: (1, 2)]:
    codecs.register_error('test.bad', handler)
    for f in [lambda: '\xe9'.encode('ascii', 'test.bad'), lambda: b'\xff'.decode('utf-8', 'test.bad')]:
        try:
            f()
        except Exception as ex:
            print(type(ex).__name__, ex)
for f in [lambda: 'x'.encode('ascii', 'no.such.handler'), lambda: '\xe9'.encode('ascii', 'no.such.handler'),
          lambda: codecs.lookup_error('nope'), lambda: codecs.register_error('x', 5)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
e = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'my reason')
print(codecs.replace_errors(e), codecs.ignore_errors(e), codecs.backslashreplace_errors(e))
print(codecs.xmlcharrefreplace_errors(e), codecs.namereplace_errors(e))
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'r')
print(codecs.replace_errors(d), codecs.backslashreplace_errors(d), codecs.lookup_error('surrogateescape')(d))
for f in [lambda: codecs.strict_errors(e), lambda: codecs.xmlcharrefreplace_errors(d), lambda: codecs.replace_errors(ValueError('x')),
          lambda: codecs.ignore_errors('x')]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
