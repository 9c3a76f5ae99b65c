# Found by mutfuzz: IGNORECASE must relate exactly the characters CPython 3.11's Unicode 14 tables relate (not a
# newer Unicode's, e.g. U+019B and U+A7DC), and a pattern starting with a literal beyond Latin-1 is searched for fast.
import re, unicodedata
cased = [chr(c) for c in range(0x100, 0x10000)
         if unicodedata.category(chr(c)) in ('Lu', 'Ll', 'Lt') or chr(c).lower() != chr(c) or chr(c).upper() != chr(c)]
cased += ['\ua7dc', '\ua7cb', '\u1c89', '\u1c8a', '\u019b', '\u0264']
text = ''.join(cased)
relations = 0
lines = []
for ch in cased:
    same = re.findall(re.escape(ch), text, re.I)
    relations += len(same)
    if len(same) > 2:
        lines.append(' '.join(str(ord(x)) for x in same))
print(len(cased), relations, len(lines))
print('\n'.join(lines[:40]))
print(re.findall('\u019b', '\u019b\ua7dc', re.I), re.findall('[\u019b]', '\u019b\ua7dc', re.I), re.findall('\ua7dc', '\u019b\ua7dc', re.I))
print(re.search('\u03a3x', 'abc\u03c3x\u03c2x', re.I), re.findall('\u0130', 'i\u0130\u0069\u0131', re.I))
