"""JSON encoding and decoding (Krait's own json package, written from the documented behaviour of CPython's)."""

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys, kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Writes obj as JSON text to the file-like fp (its write method)."""
    enc = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default,
                   sort_keys, kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """obj as a JSON string."""
    return _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default,
                    sort_keys, kw).encode(obj)


# Byte-order marks, longest first where one is a prefix of another (UTF-32 LE starts like UTF-16 LE).
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'), (b'\xff\xfe', 'utf-16'),
         (b'\xfe\xff', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: UTF-8, -16 or -32, from a BOM or the zero bytes."""
    for bom, name in _BOMS:
        if b.startswith(bom):
            return name
    n = len(b)
    if n == 2 or n >= 4:
        # A JSON text starts with an ASCII character, so where its zero bytes are gives width and byte order.
        short = n == 2
        if b[0] == 0:
            return 'utf-16-be' if short or b[1] != 0 else 'utf-32-be'
        if b[1] == 0:
            return 'utf-16-le' if short or b[2] != 0 or b[3] != 0 else 'utf-32-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            s, encoding = s[3:], 'utf-8'
        s = s.decode(encoding, 'surrogatepass')
    given = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook), ('parse_float', parse_float),
             ('parse_int', parse_int), ('parse_constant', parse_constant))
    for name, value in given:
        if value is not None:
            kw[name] = value
    if cls is None:
        if not kw:
            return _default_decoder.decode(s)
        cls = JSONDecoder
    return cls(**kw).decode(s)
