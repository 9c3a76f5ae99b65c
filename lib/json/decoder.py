"""JSON text to Python objects (Krait's own json.decoder)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
# A run of ordinary string characters, then the character that ends the run (compiled on first use).
_chunk = None
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """A ValueError that also tells where in the document parsing stopped."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _hex4(s, pos):
    digits = s[pos:pos + 4]
    if len(digits) == 4 and all(c in _HEX for c in digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)


def scanstring(s, end, strict=True):
    """The string whose opening quote is at end - 1: (text, index after the closing quote)."""
    # Fast path: up to the next quote there is no escape and no control character.
    q = s.find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if '\\' not in chunk and (chunk.isprintable() or not _has_control(chunk)):
            return chunk, q + 1
    return _scanstring_escapes(s, end, strict)


def _has_control(chunk):
    for c in chunk:
        if c < ' ':
            return True
    return False


def _scanstring_escapes(s, end, strict):
    begin = end - 1
    parts = []
    global _chunk
    if _chunk is None:
        import re
        _chunk = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
    match = _chunk.match
    while True:
        m = match(s, end)
        if m is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = m.end()
        text, term = m.groups()
        if text:
            parts.append(text)
        if term == '"':
            break
        if term != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            parts.append(term)
            continue
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _SIMPLE_ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            parts.append(ch)
            end += 1
            continue
        # CPython wants at least one character after the four digits (the closing quote).
        if end + 5 >= len(s):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end)
        code = _hex4(s, end + 1)
        end += 5
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            if end + 6 >= len(s):
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            low = _hex4(s, end + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        parts.append(chr(code))
    return ''.join(parts), end


_KIND_SHIFT = 56
_END_MASK = (1 << _KIND_SHIFT) - 1


def _number_end(s, i):
    """Where the JSON number at s[i] ends, with 1 << _KIND_SHIFT added when it has a fraction or exponent;
    -1 when no number starts there. The longest valid prefix counts, as a regular expression would take it."""
    n = len(s)
    j = i
    if s[j] == '-':
        j += 1
        if j >= n:
            return -1
    c = s[j]
    if c == '0':
        j += 1
    elif '1' <= c <= '9':
        j += 1
        while j < n and '0' <= s[j] <= '9':
            j += 1
    else:
        return -1
    kind = 0
    if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
        j += 2
        while j < n and '0' <= s[j] <= '9':
            j += 1
        kind = 1
    if j < n and (s[j] == 'e' or s[j] == 'E'):
        k = j + 1
        if k < n and (s[k] == '+' or s[k] == '-'):
            k += 1
        if k < n and '0' <= s[k] <= '9':
            k += 1
            while k < n and '0' <= s[k] <= '9':
                k += 1
            j = k
            kind = 1
    return j | (kind << _KIND_SHIFT)


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Scanner:
    """Recursive descent over one document, with the decoder's hooks."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, s, i):
        try:
            c = s[i]
        except IndexError:
            raise StopIteration(i) from None
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == '-' or '0' <= c <= '9':
            end = _number_end(s, i)
            if end >= 0:
                j = end & _END_MASK
                if end >> _KIND_SHIFT:
                    return self.parse_float(s[i:j]), j
                return self.parse_int(s[i:j]), j
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        raise StopIteration(i)

    def element(self, s, i):
        try:
            return self.value(s, i)
        except StopIteration as e:
            raise JSONDecodeError("Expecting value", s, e.value) from None

    def object(self, s, i):
        pairs = []
        i = _skip(s, i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == '}':
                i += 1
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), i
                result = {}
                if self.object_hook is not None:
                    result = self.object_hook(result)
                return result, i
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        memo = self.memo
        while True:
            key, i = scanstring(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip(s, i + 1)
            value, i = self.element(s, i)
            pairs.append((key, value))
            i = _skip(s, i)
            c = s[i:i + 1]
            i += 1
            if c == '}':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip(s, i)
            if s[i:i + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i

    def array(self, s, i):
        values = []
        i = _skip(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self.element(s, i)
            values.append(value)
            i = _skip(s, i)
            c = s[i:i + 1]
            i += 1
            if c == ']':
                break
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip(s, i)
        return values, i


class JSONDecoder(object):
    """Decodes JSON documents into dict, list, str, int, float, True/False and None (by default)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """The Python value of the whole document s (whitespace around it allowed)."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end): the JSON value that starts at s[idx]; text may follow it."""
        scanner = _Scanner(self)
        try:
            return scanner.value(s, idx)
        except StopIteration as e:
            raise JSONDecodeError("Expecting value", s, e.value) from None
