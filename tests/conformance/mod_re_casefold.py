import re

# Which characters IGNORECASE makes equal, across the Latin, Greek and Cyrillic blocks plus the characters that
# sre treats specially (Kelvin, Angstrom, Ohm, long s, dotless i, Cyrillic small letter variants, ...).
chars = [chr(c) for c in range(0x20, 0x530)]
chars += [chr(c) for c in range(0x1c80, 0x1c89)] + [chr(c) for c in range(0x1e00, 0x2000)]
chars += ['\u2126', '\u212a', '\u212b', '\ua64a', '\ua64b'] + [chr(c) for c in range(0xfb00, 0xfb07)]
text = ''.join(chars)
for ch in chars:
    same = re.findall(re.escape(ch), text, re.I)
    if len(same) > 1:
        print(ord(ch), ' '.join(str(ord(x)) for x in same))
n = 0
for ch in chars[:400]:
    cls = re.findall('[' + re.escape(ch) + ']', text, re.I)
    neg = re.findall('[^' + re.escape(ch) + ']', text, re.I)
    if len(cls) + len(neg) != len(text):
        print('mismatch', ord(ch))
    n += len(cls)
print(n)
print(len(re.findall('[a-z]', text, re.I)), len(re.findall('[\u0400-\u042f]', text, re.I)))
