"""String constants, capwords, $-substitution templates and the str.format engine as a class (Krait's own
string module).

Template compiles its pattern once per class (in __init_subclass__), from the class's delimiter, idpattern,
braceidpattern and flags unless the class sets pattern itself. Formatter walks a format string with
_string.formatter_parser and _string.formatter_field_name_split, the parser str.format itself uses.
"""

import _string
import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = ''.join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep (runs of whitespace when None), capitalizes each word, joins them with sep (or one
    space)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (sep or ' ').join(words)


class _NoMapping:
    """Marks that substitute() got no positional mapping."""


_NO_MAPPING = _NoMapping()


def _lookup_table(args_mapping, kws):
    if args_mapping is _NO_MAPPING:
        return kws
    if not kws:
        return args_mapping
    from collections import ChainMap
    return ChainMap(kws, args_mapping)


class Template:
    """A string with $name, ${name} and $$ placeholders."""

    # What a subclass may override; __init_subclass__ builds the class's pattern from them.
    flags = _re.IGNORECASE
    delimiter = '$'
    braceidpattern = None
    # ASCII-only identifiers; with IGNORECASE they match upper case too.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            d = _re.escape(cls.delimiter)
            plain = cls.idpattern
            braced = cls.braceidpattern or plain
            source = (
                '%(d)s(?:\n'
                '  (?P<escaped>%(d)s)        # the delimiter doubled\n'
                ' | (?P<named>%(plain)s)     # the delimiter and an identifier\n'
                ' | {(?P<braced>%(braced)s)} # the delimiter and an identifier in braces\n'
                ' | (?P<invalid>)            # a delimiter followed by anything else\n'
                ')\n' % {'d': d, 'plain': plain, 'braced': braced})
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _pattern_error(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _raise_invalid(self, match):
        where = match.start('invalid')
        before = self.template[:where].splitlines(keepends=True)
        if before:
            line = len(before)
            column = where - sum(len(part) for part in before[:-1])
        else:
            line = column = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        table = _lookup_table(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                return str(table[name])
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                self._raise_invalid(match)
            raise self._pattern_error()

        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        table = _lookup_table(mapping, kws)

        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                try:
                    return str(table[name])
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                return match.group()
            raise self._pattern_error()

        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """False when the template has a placeholder substitute() would reject."""
        for match in self.pattern.finditer(self.template):
            if match.group('invalid') is not None:
                return False
            kinds = (match.group('named'), match.group('braced'), match.group('escaped'))
            if kinds == (None, None, None):
                raise self._pattern_error()
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of first use."""
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            if name is None:
                if match.group('invalid') is None and match.group('escaped') is None:
                    raise self._pattern_error()
            elif name not in names:
                names.append(name)
        return names


# The base class gets its compiled pattern the way subclasses do.
Template.__init_subclass__()


class Formatter:
    """str.format's engine, with every step a method a subclass can replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._expand(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _expand(self, format_string, args, kwargs, used, depth, auto_arg_index=0):
        """Formats format_string; auto_arg_index is the next automatic field number, or False once a field
        was numbered by hand (the two styles cannot mix). Returns the text and the updated index."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            if field == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field = str(auto_arg_index)
                auto_arg_index += 1
            elif field.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            # The spec may hold replacement fields of its own, one level deeper.
            spec, auto_arg_index = self._expand(spec, args, kwargs, used, depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples; the last three are None after trailing
        text."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field such as 'a.b[0]' names, and the key of the argument it starts from."""
        key, accessors = _string.formatter_field_name_split(field_name)
        value = self.get_value(key, args, kwargs)
        for is_attribute, part in accessors:
            value = getattr(value, part) if is_attribute else value[part]
        return value, key

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys of the arguments used; the base class accepts unused ones."""

    def convert_field(self, value, conversion):
        """Applies a !s, !r or !a conversion (None: no conversion)."""
        converters = {None: None, 's': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
        convert = converters[conversion]
        return value if convert is None else convert(value)

    def format_field(self, value, format_spec):
        return format(value, format_spec)
