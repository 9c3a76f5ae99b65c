"""Python objects to JSON text (Krait's own json.encoder)."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def _plain(s):
    # Printable characters other than quote and backslash go out as they are (isprintable() is false for
    # every control character).
    return s.isprintable() and '"' not in s and '\\' not in s


def py_encode_basestring(s):
    """s as a JSON string literal; non-ASCII characters are kept."""
    if _plain(s):
        return '"' + s + '"'
    esc = _ESCAPES
    return '"' + ''.join([esc.get(c, c) for c in s]) + '"'


def _ascii_char(c):
    e = _ESCAPES.get(c)
    if e is not None:
        return e
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """s as a JSON string literal of ASCII characters only."""
    if s.isascii() and _plain(s):
        return '"' + s + '"'
    return '"' + ''.join([c if ' ' <= c <= '~' and c != '"' and c != '\\' else _ascii_char(c) for c in s]) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Encodes dict, list, tuple, str, int, float, True/False and None; default() handles anything else."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Override to return something encodable for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces (for writing a large document piece by piece)."""
        out = []
        _Writer(self, out).value(o, 0)
        return iter(out) if not _one_shot else out


class _Writer:
    """One encoding run: appends the pieces of the text to a list."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.strenc = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.default = enc.default
        self.allow_nan = enc.allow_nan

    def float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return repr(o) if type(o) is float else float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def value(self, o, level):
        out = self.out
        # Exact types first: type() is much cheaper than isinstance(); subclasses take the chain below.
        t = type(o)
        if t is str:
            out.append(self.strenc(o))
            return
        if t is int:
            out.append(repr(o))
            return
        if t is list or t is tuple:
            self.array(o, level)
            return
        if t is dict:
            self.object(o, level)
            return
        if t is float:
            out.append(self.float(o))
            return
        if isinstance(o, str):
            out.append(self.strenc(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            markers = self.markers
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError("Circular reference detected")
                markers[key] = o
            self.value(self.default(o), level)
            if markers is not None:
                del markers[key]

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        t = type(o)
        if t is str:
            return self.strenc(o)
        if t is int:
            return repr(o)
        if t is float:
            return self.float(o)
        if t is list or t is dict or t is tuple:
            return None
        if isinstance(o, str):
            return self.strenc(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float(o)
        return None

    # The pieces come out as CPython's encoder yields them, which dump() passes to write() one by one.
    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        buf = '['
        if self.indent is None:
            sep = self.item_sep
            newline = None
        else:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            buf += newline
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = sep
            text = self.scalar(item)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.value(item, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave(lst)

    def key(self, k):
        if type(k) is str or isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.float(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        out.append('{')
        if self.indent is None:
            sep = self.item_sep
            newline = None
        else:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_sep + newline
            out.append(newline)
        first = True
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        strenc = self.strenc
        key_sep = self.key_sep
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(strenc(k))
            out.append(key_sep)
            text = self.scalar(v)
            if text is not None:
                out.append(text)
            else:
                self.value(v, level)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave(dct)
