"""CSV parsing and writing (Krait's own _csv, the engine under CPython's csv.py)."""

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = "_csv"

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


def _char(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        return default
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs and cls is Dialect:
                return dialect
        self = object.__new__(cls)

        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, default)
            return default

        delimiter = pick("delimiter", ",")
        doublequote = pick("doublequote", True)
        escapechar = pick("escapechar", None)
        lineterminator = pick("lineterminator", "\r\n")
        quotechar = pick("quotechar", '"')
        quoting = pick("quoting", QUOTE_MINIMAL)
        skipinitialspace = pick("skipinitialspace", False)
        strict = pick("strict", False)
        if delimiter is None:
            raise TypeError('"delimiter" must be string, not NoneType')
        self._delimiter = _char("delimiter", delimiter, ",", False)
        self._doublequote = bool(doublequote)
        self._escapechar = _char("escapechar", escapechar, None, True)
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self._quoting = quoting
        if quotechar is None:
            if "quotechar" in kwargs and quoting != QUOTE_NONE and "quoting" in kwargs:
                raise TypeError("quotechar must be set if quoting enabled")
            self._quotechar = None
        else:
            self._quotechar = _char("quotechar", quotechar, '"', True)
        self._skipinitialspace = bool(skipinitialspace)
        self._strict = bool(strict)
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' instances")


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if kwargs:
        if list(kwargs) != ["new_limit"] or args:
            raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % (len(args) + len(kwargs)))
        args = (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# Reader states.
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD, \
    _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect="excel", **kwargs):
        self._it = iter(iterable)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(field))
        else:
            self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._reset()
        d = self.dialect
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c, d)
            self._process(None, d)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c, d):
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = _IN_FIELD
            self._process(c, d)
        elif state == _IN_FIELD:
            if c == "\n" or c == "\r" or c is None:
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == "\n" or c == "\r" or c is None:
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is None:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in "
                            "universal-newline mode?")


Reader.__name__ = "reader"
Reader.__qualname__ = "reader"


def _is_number(o):
    if isinstance(o, (int, float, complex)):
        return True
    t = type(o)
    return hasattr(t, "__index__") or hasattr(t, "__float__") or hasattr(t, "__int__")


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect="excel", **kwargs):
        self._write = getattr(fileobj, "write", None)
        if self._write is None:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _make_dialect(dialect, kwargs)

    def _field_text(self, field, out, d, only):
        quoting = d.quoting
        if quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(field)
        else:
            quoted = quoting == QUOTE_ALL
        if field is None:
            text = ""
        elif isinstance(field, str):
            text = field
        else:
            text = repr(field) if isinstance(field, float) else str(field)
        special = (d.delimiter, d.escapechar, d.quotechar)
        term = d.lineterminator
        parts = []
        for c in text:
            if c in special or c in term:
                escape = False
                if quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            parts.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    parts.append(d.escapechar)
            parts.append(c)
        if only and text == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        body = "".join(parts)
        if quoted:
            if d.quotechar is None:
                raise Error("need to escape, but no escapechar set") if quoting == QUOTE_NONE else \
                    Error("quotechar must be set if quoting enabled")
            body = d.quotechar + body + d.quotechar
        out.append(body)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        out = []
        for i, field in enumerate(fields):
            if i:
                out.append(d.delimiter)
            self._field_text(field, out, d, len(fields) == 1)
        out.append(d.lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = "writer"
Writer.__qualname__ = "writer"


def reader(csvfile, dialect="excel", **fmtparams):
    """csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"""
    return Reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect="excel", **fmtparams):
    """csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"""
    return Writer(fileobj, dialect, **fmtparams)
