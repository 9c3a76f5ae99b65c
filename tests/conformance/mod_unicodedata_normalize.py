import unicodedata as u

samples = ['', 'abc', 'e\u0301', '\u00e9', 'A\u0323\u0308', '\u00c4\u0323', '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01',
           '\ufb01\u2460', 'q\u0307\u0323', '\u0958\u0344', '\u00c5\u212b\u0041\u030a', '\u1e9b\u0323', '\U0001d15e\U0001d165',
           '\u0f73\u0f75', '\u0301abc', 'a\u0301\u0301', '\u3300\u00bd', 'Stra\u00dfe \u2163 \u00aa', '\u1e0b\u0323', '\u2126\u212a',
           '\u0344\u0301', 'd\u0307\u0323', '\u00a0x', '\uff76\uff9e', '\u30ab\u3099']
for s in samples:
    forms = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(s), [ascii(x) for x in forms], [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
text = ''.join(chr(c) for c in range(0xC0, 0x250)) + ''.join(chr(c) for c in range(0x1E00, 0x1F00))
for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    n = u.normalize(f, text)
    print(f, len(n), sum(map(ord, n)), u.normalize('NFC', u.normalize('NFD', text)) == u.normalize('NFC', text))
hangul = ''.join(chr(c) for c in range(0xAC00, 0xAC00 + 600))
d = u.normalize('NFD', hangul)
print(len(d), u.normalize('NFC', d) == hangul)
