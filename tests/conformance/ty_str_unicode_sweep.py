# every code point below U+20000: case mappings and character classes, folded into checksums per property
def checksum(text):
    h = 0
    for ch in text:
        h = (h * 1000003 + ord(ch)) % 4294967291
    return h

props = ["isalpha", "isdigit", "isnumeric", "isdecimal", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isalnum"]
counts = {p: 0 for p in props}
sums = {p: 0 for p in props}
maps = {"upper": 0, "lower": 0, "title": 0, "casefold": 0, "swapcase": 0, "capitalize": 0}
changed = {m: 0 for m in maps}
for cp in range(0x20000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    for p in props:
        if getattr(c, p)():
            counts[p] += 1
            sums[p] = (sums[p] * 31 + cp) % 4294967291
    for m in maps:
        r = getattr(c, m)()
        if r != c:
            changed[m] += 1
            maps[m] = (maps[m] * 31 + checksum(r) + cp) % 4294967291
for p in props:
    print(p, counts[p], sums[p])
for m in maps:
    print(m, changed[m], maps[m])
print(checksum("ΣΑΣ σας. ΑΣ-Σ".lower()), "ΑΣ ΣΑ Σ".lower(), "aΣ".lower(), "Σ".lower(), "ΣΣ".lower())
