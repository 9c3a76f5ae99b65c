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

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__,
                                                        self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        (result, consumed) = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        # Pull bytes until enough characters are decoded; undecodable tail bytes wait for the next read.
        while chars < 0 or len(self.charbuffer) < chars:
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                lines = newchars.splitlines(keepends=True)
                if len(lines) <= 1:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                if (isinstance(data, str) and data.endswith("\r")) or (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


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
