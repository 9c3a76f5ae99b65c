using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>base64: written in Python (run by <see cref="ModulePrelude"/>) over the C# binascii module, since
/// its work per call is small and its argument rules are easiest to state in Python.</summary>
public static class Base64Module
{
    public static PyModule Create()
    {
        var m = NativeModule.New("base64");
        ModulePrelude.Run(m, Source, "<krait base64>");
        return m;
    }

    private const string Source = """
import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode',
           'a85encode', 'a85decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode']

bytes_types = (bytes, bytearray)
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    # Decoders accept ASCII str as well as any bytes-like object.
    kind = type(s)
    if kind is bytes or kind is bytearray or isinstance(s, bytes_types):
        return s
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % type(s).__name__) from None
    return view.tobytes()


def _as_bytes(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = out.translate(bytes.maketrans(b'+/', altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    raw = _bytes_from_decode_data(s)
    if altchars is None:
        return binascii.a2b_base64(raw, strict_mode=validate)
    pair = _bytes_from_decode_data(altchars)
    assert len(pair) == 2, repr(pair)
    return binascii.a2b_base64(raw.translate(bytes.maketrans(pair, b'+/')), strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b'-_', b'+/')))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Trailing '=' count for each length of the final partial 5-byte group.
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32enc(alphabet, s):
    s = _as_bytes(s)
    rest = len(s) % 5
    data = s + bytes((5 - rest) % 5)
    out = bytearray()
    for i in range(0, len(data), 5):
        acc = 0
        for c in data[i:i + 5]:
            acc = (acc << 8) | c
        for shift in range(35, -1, -5):
            out.append(alphabet[(acc >> shift) & 31])
    pads = _B32_PADS[rest]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    raw = _bytes_from_decode_data(s)
    if len(raw) % 8 != 0:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        # The digit 0 always reads as the letter O; 1 reads as the caller's choice of I or L.
        one = _bytes_from_decode_data(map01)
        assert len(one) == 1, repr(one)
        raw = raw.translate(bytes.maketrans(b'01', b'O' + one))
    s = raw.upper() if casefold else raw
    full = len(s)
    s = s.rstrip(b'=')
    pads = full - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        acc = 0
        group = s[i:i + 8]
        for c in group:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | v
        acc <<= 5 * (8 - len(group))
        out += bytes(((acc >> 32) & 255, (acc >> 24) & 255, (acc >> 16) & 255, (acc >> 8) & 255, acc & 255))
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        keep = (43 - 5 * pads) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32enc(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32dec(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32enc(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32dec(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_A85START = b"<~"
_A85END = b"~>"
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_b85_values = None


def _85encode(b, alphabet, pad, foldnuls, foldspaces):
    b = _as_bytes(b)
    padding = -len(b) % 4
    data = b + bytes(padding)
    out = []
    for i in range(0, len(data), 4):
        word = (data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for j in range(4, -1, -1):
                digits[j] = alphabet[word % 85]
                word //= 85
            out.append(bytes(digits))
    if padding and not pad and out:
        if out[-1] == b'z':
            out[-1] = alphabet[0:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


_A85_ALPHABET = bytes(range(33, 118))


def _word_bytes(v):
    return bytes(((v >> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = 85 * acc + (d - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out.append(_word_bytes(acc))
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result


def b85encode(b, pad=False):
    return _85encode(b, _B85_ALPHABET, pad, False, False)


def b85decode(b):
    global _b85_values
    if _b85_values is None:
        _b85_values = [None] * 256
        for i, c in enumerate(_B85_ALPHABET):
            _b85_values[c] = i
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(5):
            v = _b85_values[b[i + j]]
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(_word_bytes(acc))
    result = b''.join(out)
    if padding:
        result = result[:-padding]
    return result


def _input_type_check(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err


def encodebytes(s):
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
""";
}
