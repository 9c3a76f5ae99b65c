namespace Krait.Modules;

/// <summary>io.IncrementalNewlineDecoder, written in Python (Krait's own code, from the documented behaviour)
/// and built on first use through io's lazy names: it wraps an incremental decoder (or takes str when the
/// decoder is None), holds back a final '\r' until it knows whether '\n' follows, records which newline kinds
/// it has seen, and translates them to '\n' when asked.</summary>
public static class IoNewlineDecoder
{
    public const string Source = """
class IncrementalNewlineDecoder:
    __module__ = '_io'

    # seen-newline flags, combined in _seen
    _LF, _CR, _CRLF = 1, 2, 4
    _KINDS = {0: None, 1: '\n', 2: '\r', 3: ('\r', '\n'), 4: '\r\n', 5: ('\n', '\r\n'),
              6: ('\r', '\r\n'), 7: ('\r', '\n', '\r\n')}

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._held_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            text = input
        else:
            text = self.decoder.decode(input, final=final)
        if not isinstance(text, str):
            raise TypeError("decoder should return a string result, not '%s'" % type(text).__name__)
        if self._held_cr and (text or final):
            text = '\r' + text
            self._held_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._held_cr = True
        pairs = text.count('\r\n')
        lone_cr = text.count('\r') - pairs
        lone_lf = text.count('\n') - pairs
        if pairs:
            self._seen |= self._CRLF
        if lone_cr:
            self._seen |= self._CR
        if lone_lf:
            self._seen |= self._LF
        if self.translate:
            if pairs:
                text = text.replace('\r\n', '\n')
            if lone_cr:
                text = text.replace('\r', '\n')
        return text

    def getstate(self):
        if self.decoder is None:
            pending, flags = b'', 0
        else:
            pending, flags = self.decoder.getstate()
        return pending, (flags << 1) | (1 if self._held_cr else 0)

    def setstate(self, state):
        pending, flags = state
        self._held_cr = bool(flags & 1)
        if self.decoder is not None:
            self.decoder.setstate((pending, flags >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._KINDS[self._seen]
""";
}
