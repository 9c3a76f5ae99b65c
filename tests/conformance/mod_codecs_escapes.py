import codecs

s = 'a\tb\\\'"\x7f\xe9\u1234\U0001f600\n\r\x00 ~'
print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s, s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
cases = [b'\\x41\\101\\u0042\\U00000043\\N{BULLET}\\n\\t\\\\', b'a\\\nb', b'\\0\\00\\101\\1010', b'\\N{LATIN SMALL LETTER A}\\N{latin small letter b}',
         b'\\x4', b'abc\\', b'\\N{foo}', b'\\N{', b'\\Nx', b'\\U00110000', b'\\u12', b'\\x4g', b'\xe9\\xe9']
for c in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(c, errors, ascii(c.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(c, errors, e.start, e.end, e.reason, '|', e)
raw = [b'\\u0041 \\\\u0041 \\\\\\u0041', b'\\u12', b'\\U00110000', b'\\x41\\n', b'\xe9\\', b'\\U0001F600', b'\\uzzzz']
for c in raw:
    for errors in ['strict', 'replace']:
        try:
            print(c, errors, ascii(c.decode('raw_unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(c, errors, e.start, e.end, e.reason, '|', e)
print(codecs.decode('\\x41\\u20ac', 'unicode_escape'), codecs.escape_decode if False else 'ok')
