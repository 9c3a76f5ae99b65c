import unicodedata as u

print(u.unidata_version)
for ch in 'aZ5 \t\u00e9\u00bd\u0301\u0660\u2460\u4e00\uac00\u05d0\u0627(\u00a0\u3000\uff21\U0001F600\U00020000\u2028\ue000\x00\u00ad\u0378':
    print(ascii(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
          u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), repr(u.decomposition(ch)), u.name(ch, '-'))
print(u.numeric('\u2155'), u.numeric('\u5341'), u.numeric('\U00012432'), u.digit('\u00b2'), u.decimal('\u0e53'))
print(u.name('a'), u.name('\u4e00'), u.name('\uac01'), u.name('\U0001F600'), u.name('\ufeff'))
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('latin small letter a'), ascii(u.lookup('BYTE ORDER MARK')), u.lookup('LATIN CAPITAL LETTER GHA'))
print(u.lookup('CJK UNIFIED IDEOGRAPH-4E00'), u.lookup('HANGUL SYLLABLE GAG'), ascii(u.lookup('NULL')))
for f in [lambda: u.name('\x00'), lambda: u.lookup('nope'), lambda: u.numeric('a'), lambda: u.digit('a'), lambda: u.decimal('a'),
          lambda: u.name('ab'), lambda: u.normalize('X', 'a'), lambda: u.category(5), lambda: u.category(''), lambda: u.lookup('x' * 300),
          lambda: u.normalize('NFC', 5), lambda: u.combining('ab')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(u.name('\x00', 'dflt'), u.numeric('x', 1.5), u.digit('x', None), u.decimal('x', -1))
cats = {}
for cp in range(0, 0x3000):
    c = u.category(chr(cp))
    cats[c] = cats.get(c, 0) + 1
print(sorted(cats.items()))
