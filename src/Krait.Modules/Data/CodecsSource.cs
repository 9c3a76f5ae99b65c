namespace Krait.Modules.Data;

/// <summary>The Python part of the codecs module (see <see cref="CodecsModule"/>).</summary>
internal static class CodecsSource
{
    public const string Text = """
import builtins
import sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE",
           "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32",
           "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode", "decode",
           "iterencode", "iterdecode", "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

# Byte-order marks (fixed byte values); the unsuffixed names follow this machine's byte order.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE, BOM_UTF16_BE = b'\xff\xfe', b'\xfe\xff'
BOM_UTF32_LE, BOM_UTF32_BE = b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'
BOM_LE, BOM_BE = BOM_UTF16_LE, BOM_UTF16_BE
_little = sys.byteorder == 'little'
BOM_UTF16 = BOM_UTF16_LE if _little else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _little else BOM_UTF32_BE
BOM = BOM_UTF16
del _little
# Old aliases kept for compatibility: "32" meant 16-bit units, "64" meant 32-bit units.
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    # The functions and classes one codec provides; unpacks as a 4-tuple for old callers.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(name=name, encode=encode, decode=decode,
                             incrementalencoder=incrementalencoder, incrementaldecoder=incrementaldecoder,
                             streamreader=streamreader, streamwriter=streamwriter)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (kind.__module__, kind.__qualname__, self.name, id(self))


class Codec:
    # Stateless interface: encode/decode return (output, length consumed).

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.buffer = ""
        self.errors = errors

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        # Nothing is kept between calls by default.
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        # Stateless by default.
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    # Subclasses implement _buffer_encode(text, errors, final) -> (bytes, chars used); the rest waits here.
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = ""

    def encode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def reset(self):
        super().reset()
        self.buffer = ""

    def getstate(self):
        if self.buffer:
            return self.buffer
        return 0

    def setstate(self, state):
        self.buffer = "" if not state else state


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        # Nothing is kept between calls by default.
        pass

    def getstate(self):
        # (bytes not yet decoded, extra state as an int)
        return b"", 0

    def setstate(self, state):
        # Stateless by default.
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    # Subclasses implement _buffer_decode(data, errors, final) -> (str, bytes used); the rest waits here.
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.buffer = b""

    def decode(self, input, final=False):
        pending = self.buffer + input
        out, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return out

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def reset(self):
        super().reset()
        self.buffer = b""

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]


class _StreamWrapper:
    # Unknown attributes go to the wrapped stream; "with" closes it.
    def __exit__(self, type, value, tb):
        self.stream.close()

    def __enter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)


class StreamWriter(_StreamWrapper, Codec):
    def __init__(self, stream, errors='strict'):
        self.errors = errors
        self.stream = stream

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        # Stateless by default; stateful writers flush their state here.
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()


class StreamReader(_StreamWrapper, Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.errors = errors
        self.stream = stream
        self._empty_charbuffer = self.charbuffertype()
        # The base reset only: a subclass's reset may need fields its own __init__ has not set yet.
        StreamReader.reset(self)

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _take(self, count):
        # Hand out `count` characters (all when negative) from the decoded buffer.
        held = self.charbuffer
        if count < 0:
            self.charbuffer = self._empty_charbuffer
            return held
        self.charbuffer = held[count:]
        return held[:count]

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        wanted = size if chars < 0 else chars
        # Pull bytes until enough characters are decoded; undecodable tail bytes wait for the next read.
        while wanted < 0 or len(self.charbuffer) < wanted:
            fresh = self.stream.read(size) if size >= 0 else self.stream.read()
            pending = self.bytebuffer + fresh
            if not pending:
                break
            try:
                text, used = self.decode(pending, self.errors)
            except UnicodeDecodeError as err:
                # readline may still return the complete lines before the bad bytes
                if not firstline:
                    raise
                text, used = self.decode(pending[:err.start], self.errors)
                if len(text.splitlines(True)) < 2:
                    raise
            self.charbuffer += text
            self.bytebuffer = pending[used:]
            if not fresh:
                break
        return self._take(wanted)

    @staticmethod
    def _strip_end(line):
        return line.splitlines(False)[0]

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            # Lines split off by an earlier call are served first.
            first = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer, self.linebuffer = self.linebuffer[0], None
            return first if keepends else self._strip_end(first)
        chunk = size or 72
        acc = self._empty_charbuffer
        while True:
            got = self.read(chunk, firstline=True)
            # A "\r" at the end may be the first half of "\r\n": peek one more character.
            if got and got[-1:] in ("\r", b"\r"):
                got += self.read(size=1, chars=1)
            acc += got
            parts = acc.splitlines(True)
            if len(parts) > 1:
                acc = parts.pop(0)
                if len(parts) == 1:
                    self.charbuffer = parts[0] + self.charbuffer
                else:
                    parts[-1] += self.charbuffer
                    self.linebuffer, self.charbuffer = parts, None
                return acc if keepends else self._strip_end(acc)
            if parts:
                whole = parts[0]
                bare = self._strip_end(whole)
                if bare != whole:
                    return whole if keepends else bare
            if size is not None or not got:
                if acc and not keepends:
                    acc = self._strip_end(acc)
                return acc
            if chunk < 8000:
                chunk += chunk

    def readlines(self, sizehint=None, keepends=True):
        everything = self.read()
        return everything.splitlines(keepends)

    def reset(self):
        self.linebuffer = None
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class StreamReaderWriter(_StreamWrapper):
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def write(self, data):
        return self.writer.write(data)

    def read(self, size=-1):
        return self.reader.read(size)

    def writelines(self, list):
        return self.writer.writelines(list)

    def readline(self, size=None):
        return self.reader.readline(size)

    def __iter__(self):
        return self

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return self.reader.__next__()

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()


class StreamRecoder(_StreamWrapper):
    # Callers see data_encoding bytes; the stream holds file_encoding bytes.
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    # The codec does the text work, so the file itself is always opened in binary mode.
    raw = builtins.open(filename, mode if 'b' in mode else mode + 'b', buffering)
    try:
        found = lookup(encoding)
        wrapper = StreamReaderWriter(raw, found.streamreader, found.streamwriter, errors)
    except BaseException:
        raw.close()
        raise
    wrapper.encoding = encoding
    return wrapper


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    outer = lookup(data_encoding)
    inner = outer if file_encoding is None else lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode, inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = data_encoding if file_encoding is None else file_encoding
    return recoder


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _incremental(encoding, attr):
    # Codecs without incremental support (CodecInfo built with None) report the encoding name.
    made = getattr(lookup(encoding), attr)
    if made is None:
        raise LookupError(encoding)
    return made


def getincrementalencoder(encoding):
    return _incremental(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    return _incremental(encoding, 'incrementaldecoder')


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def _iter_coded(step, items, empty):
    for item in items:
        piece = step(item)
        if piece:
            yield piece
    # A last call with final=True flushes whatever the codec still holds.
    tail = step(empty, True)
    if tail:
        yield tail


def iterencode(iterator, encoding, errors='strict', **kwargs):
    return _iter_coded(getincrementalencoder(encoding)(errors, **kwargs).encode, iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    return _iter_coded(getincrementaldecoder(encoding)(errors, **kwargs).decode, iterator, b"")


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    # A character reached from two bytes cannot be encoded back unambiguously: it maps to None.
    inverse = {}
    for byte, char in decoding_map.items():
        inverse[char] = None if char in inverse else byte
    return inverse


# ---- the codecs built into Krait, found by the first registered search function ----

def _stateless(name, enc, dec):
    # dec(data, errors, final) -> (str, consumed); the CodecInfo's decode always finishes.
    def decode(input, errors='strict'):
        return dec(input, errors, True)

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    class _IncDecoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return dec(input, errors, final)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return enc(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return dec(input, errors, False)

    for c, n in ((_IncEncoder, 'IncrementalEncoder'), (_IncDecoder, 'IncrementalDecoder'),
                 (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        c.__name__ = c.__qualname__ = n
    return CodecInfo(enc, decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name)


def _charmap(name, enc, dec):
    return _stateless(name, enc, lambda input, errors='strict', final=False: dec(input, errors))


def _bom_codec(name, enc_first, enc_rest, ex_decode, unit):
    # UTF-16/32 with a byte-order mark: written once, detected once, then the fixed-order codec.
    def encode(input, errors='strict'):
        return enc_first(input, errors)

    def decode(input, errors='strict'):
        output, consumed, order = ex_decode(input, errors, 0, True)
        return output, consumed

    class _IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if not self.started:
                self.started = True
                return enc_first(input, self.errors)[0]
            return enc_rest(input, self.errors)[0]

        def reset(self):
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class _IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = 0

        def _buffer_decode(self, input, errors, final):
            if self.order:
                output, consumed, order = ex_decode(input, errors, self.order, final)
                return output, consumed
            output, consumed, order = ex_decode(input, errors, 0, final)
            if order:
                self.order = order
            elif consumed >= unit:
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            return output, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = 0

    class _Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.started = False

        def encode(self, input, errors='strict'):
            if not self.started:
                self.started = True
                return enc_first(input, errors)
            return enc_rest(input, errors)

        def reset(self):
            self.started = False

    class _Reader(StreamReader):
        order = 0

        def decode(self, input, errors='strict'):
            output, consumed, order = ex_decode(input, errors, self.order, False)
            if order:
                self.order = order
            elif consumed >= unit:
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            return output, consumed

    for c, n in ((_IncEncoder, 'IncrementalEncoder'), (_IncDecoder, 'IncrementalDecoder'),
                 (_Writer, 'StreamWriter'), (_Reader, 'StreamReader')):
        c.__name__ = c.__qualname__ = n
    return CodecInfo(encode, decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name)


def _utf8_sig():
    def encode(input, errors='strict'):
        return (BOM_UTF8 + utf_8_encode(input, errors)[0], len(input))

    def decode(input, errors='strict'):
        skip = 3 if input[:3] == BOM_UTF8 else 0
        output, consumed = utf_8_decode(input[skip:], errors, True)
        return output, consumed + skip

    class IncrementalEncoder_(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncrementalDecoder_(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3:
                    if BOM_UTF8.startswith(input):
                        return ("", 0)
                    self.first = 0
                else:
                    self.first = 0
                    if input[:3] == BOM_UTF8:
                        output, consumed = utf_8_decode(input[3:], errors, final)
                        return output, consumed + 3
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

    class StreamWriter_(StreamWriter):
        def reset(self):
            self.encode = encode_first

        def encode(self, input, errors='strict'):
            self.encode = utf_8_encode
            return encode(input, errors)

    def encode_first(input, errors='strict'):
        return encode(input, errors)

    class StreamReader_(StreamReader):
        def decode(self, input, errors='strict'):
            if len(input) < 3 and BOM_UTF8.startswith(input):
                return ("", 0)
            self.decode = lambda input, errors='strict': utf_8_decode(input, errors, False)
            skip = 3 if input[:3] == BOM_UTF8 else 0
            output, consumed = utf_8_decode(input[skip:], errors, False)
            return output, consumed + skip

    for c, n in ((IncrementalEncoder_, 'IncrementalEncoder'), (IncrementalDecoder_, 'IncrementalDecoder'),
                 (StreamWriter_, 'StreamWriter'), (StreamReader_, 'StreamReader')):
        c.__name__ = c.__qualname__ = n
    return CodecInfo(encode, decode, StreamReader_, StreamWriter_, IncrementalEncoder_, IncrementalDecoder_,
                     name='utf-8-sig')


def _bytes_codec(name, enc, dec):
    # Bytes-to-bytes codecs (hex, base64, zlib): usable only through codecs.encode/decode.
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (enc(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (dec(input), len(input))

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input)

    class _IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return dec(input)

    class _Writer(StreamWriter):
        charbuffertype = bytes

        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class _Reader(StreamReader):
        charbuffertype = bytes

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return CodecInfo(encode, decode, _Reader, _Writer, _IncEncoder, _IncDecoder, name=name,
                     _is_text_encoding=False)


def _rot13_map():
    m = {}
    for base in (65, 97):
        for i in range(26):
            m[base + i] = base + (i + 13) % 26
    return m


def _rot13():
    table = _rot13_map()

    def encode(input, errors='strict'):
        return (str.translate(input, table), len(input))

    class _IncEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return str.translate(input, table)

    class _IncDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return str.translate(input, table)

    class _Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class _Reader(StreamReader):
        def decode(self, input, errors='strict'):
            return encode(input, errors)

    return CodecInfo(encode, encode, _Reader, _Writer, _IncEncoder, _IncDecoder, name='rot-13',
                     _is_text_encoding=False)


def _hex_enc(b):
    import binascii
    return binascii.b2a_hex(b)


def _hex_dec(b):
    import binascii
    return binascii.a2b_hex(b)


def _b64_enc(b):
    import base64
    return base64.encodebytes(b)


def _b64_dec(b):
    import base64
    return base64.decodebytes(b)


def _zlib_enc(b):
    import zlib
    return zlib.compress(b)


def _zlib_dec(b):
    import zlib
    return zlib.decompress(b)


_FACTORIES = {
    'utf-8': lambda: _stateless('utf-8', utf_8_encode, utf_8_decode),
    'ascii': lambda: _charmap('ascii', ascii_encode, ascii_decode),
    'iso8859-1': lambda: _charmap('iso8859-1', latin_1_encode, latin_1_decode),
    'utf-16-le': lambda: _stateless('utf-16-le', utf_16_le_encode, utf_16_le_decode),
    'utf-16-be': lambda: _stateless('utf-16-be', utf_16_be_encode, utf_16_be_decode),
    'utf-32-le': lambda: _stateless('utf-32-le', utf_32_le_encode, utf_32_le_decode),
    'utf-32-be': lambda: _stateless('utf-32-be', utf_32_be_encode, utf_32_be_decode),
    'utf-16': lambda: _bom_codec('utf-16', utf_16_encode,
                                 utf_16_le_encode if sys.byteorder == 'little' else utf_16_be_encode,
                                 utf_16_ex_decode, 2),
    'utf-32': lambda: _bom_codec('utf-32', utf_32_encode,
                                 utf_32_le_encode if sys.byteorder == 'little' else utf_32_be_encode,
                                 utf_32_ex_decode, 4),
    'utf-8-sig': _utf8_sig,
    'cp1252': lambda: _charmap('cp1252', cp1252_encode, cp1252_decode),
    'unicode-escape': lambda: _stateless('unicode-escape', unicode_escape_encode, unicode_escape_decode),
    'raw-unicode-escape': lambda: _stateless('raw-unicode-escape', raw_unicode_escape_encode,
                                             raw_unicode_escape_decode),
}

_BYTES_CODECS = {
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
    'zlib': 'zlib', 'zip': 'zlib', 'zlib_codec': 'zlib', 'rot13': 'rot-13', 'rot_13': 'rot-13',
}


def _krait_search(name):
    canonical = _builtin_codec_name(name)
    if canonical is not None:
        return _FACTORIES[canonical]()
    kind = _BYTES_CODECS.get(name)
    if kind == 'hex':
        return _bytes_codec('hex', _hex_enc, _hex_dec)
    if kind == 'base64':
        return _bytes_codec('base64', _b64_enc, _b64_dec)
    if kind == 'zlib':
        return _bytes_codec('zlib', _zlib_enc, _zlib_dec)
    if kind == 'rot-13':
        return _rot13()
    return None


register(_krait_search)

""";
}
