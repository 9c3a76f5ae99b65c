"""Locale services for the C locale (Krait's own locale module). Krait supports the C/POSIX locales and their
UTF-8 variant; asking for any other locale raises locale.Error, as a system without it installed does."""

import sys as _sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "resetlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency", "normalize",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX",
           "getencoding", "nl_langinfo", "delocalize", "localize"]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = {LC_CTYPE: "LC_CTYPE", LC_NUMERIC: "LC_NUMERIC", LC_TIME: "LC_TIME", LC_COLLATE: "LC_COLLATE",
                   LC_MONETARY: "LC_MONETARY", LC_MESSAGES: "LC_MESSAGES"}
# The order glibc lists categories in a composite LC_ALL name (the ones without constants here stay "C").
_COMPOSITE_ORDER = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER",
                    "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"]


class Error(Exception):
    pass


Error.__module__ = "locale"


def _env_locale(category_name):
    import os
    for var in ("LC_ALL", category_name, "LANG"):
        value = os.environ.get(var)
        if value:
            return value
    return "C"


def _accept(name):
    """The name setlocale reports for a requested locale, or None when it is not available."""
    if name in ("C", "POSIX"):
        return "C"
    low = name.lower().replace("-", "")
    if low in ("c.utf8", "posix.utf8"):
        return name
    return None


def _initial():
    # Like CPython at start-up: LC_CTYPE follows the environment (when available), the rest stay "C".
    state = {n: "C" for n in _COMPOSITE_ORDER}
    ctype = _accept(_env_locale("LC_CTYPE"))
    if ctype is not None:
        state["LC_CTYPE"] = ctype
    return state


_state = _initial()


def _query_all():
    values = [_state[n] for n in _COMPOSITE_ORDER]
    if all(v == values[0] for v in values):
        return values[0]
    return ";".join("%s=%s" % (n, _state[n]) for n in _COMPOSITE_ORDER)


def setlocale(category, locale=None):
    """Set the locale for the given category. The locale can be a string, an iterable of two strings
    (language code and encoding), or None. Returns the locale setting now in effect."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is None:
        if category == LC_ALL:
            return _query_all()
        return _state[_CATEGORY_NAMES[category]]
    names = _COMPOSITE_ORDER if category == LC_ALL else [_CATEGORY_NAMES[category]]
    chosen = {}
    for n in names:
        requested = locale if locale else _env_locale(n)
        got = _accept(requested)
        if got is None:
            raise Error("unsupported locale setting")
        chosen[n] = got
    _state.update(chosen)
    return _query_all() if category == LC_ALL else _state[names[0]]


def localeconv():
    """Returns numeric and monetary locale-specific parameters (the C locale's)."""
    return {"int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "", "mon_thousands_sep": "",
            "mon_grouping": [], "positive_sign": "", "negative_sign": "", "int_frac_digits": CHAR_MAX,
            "frac_digits": CHAR_MAX, "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
            "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX, "p_sign_posn": CHAR_MAX,
            "n_sign_posn": CHAR_MAX, "decimal_point": ".", "thousands_sep": "", "grouping": []}


def strcoll(os1, os2, /):
    """Compares two strings according to the locale (code point order in the C locale)."""
    for i, s in enumerate((os1, os2)):
        if not isinstance(s, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s" % (i + 1, type(s).__name__))
    return (os1 > os2) - (os1 < os2)


def strxfrm(string, /):
    """Return a string that can be used as a key for locale-aware comparisons."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def getencoding():
    """Get the current locale encoding."""
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if _sys.flags.utf8_mode:
        return "utf-8"
    return "UTF-8"


# --- formatting ----------------------------------------------------------------------------------------------

def _group(s, monetary=False):
    """Inserts the locale's thousands separator into the digits at the end of s; returns the new text and how
    many characters were added. The C locale (the only one here) has no grouping, so s comes back unchanged."""
    conv = localeconv()
    sizes = conv["mon_grouping" if monetary else "grouping"]
    if not sizes:
        return s, 0
    sep = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    body = s.rstrip()
    trailing = s[len(body):]
    pieces = []
    i = 0
    size = None
    repeat = False
    while body and body[-1] in "0123456789":
        if not repeat:
            if i == len(sizes):
                break
            step = sizes[i]
            i += 1
            if step == CHAR_MAX:
                break
            if step == 0:
                # 0 repeats the previous size for all remaining digits.
                if size is None:
                    raise ValueError("invalid grouping")
                repeat = True
            else:
                size = step
        pieces.append(body[-size:])
        body = body[:-size]
    if body:
        pieces.append(body)
    pieces.reverse()
    return sep.join(pieces) + trailing, len(sep) * (len(pieces) - 1)


def _format_one(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in "eEfFgGdiu":
        conv = localeconv()
        point = conv[monetary and "mon_decimal_point" or "decimal_point"] or "."
        if percent[-1] in "eEfFgG":
            parts = formatted.split(".")
            if grouping:
                parts[0], _ = _group(parts[0], monetary)
            formatted = point.join(parts)
        elif grouping:
            formatted, _ = _group(formatted, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use, but takes the current locale into
    account. Grouping is applied if the third parameter is true."""
    import re
    pieces = list(re.finditer(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]", f))
    if isinstance(val, dict):
        new_val = dict(val)
        for m in pieces:
            spec = m.group()
            if spec[-1] == "%" and len(spec) == 2:
                continue
            key = m.group("key")
            new_val[key] = _format_one(spec.replace("(%s)" % key, "", 1) if key else spec, val[key],
                                       grouping, monetary)
        return re.sub(r"%\((?P<key>.*?)\)[-#0-9 +*.hlL]*?[eEfFgGdiouxXcrs]", lambda m: "%(" + m.group("key") + ")s", f) % new_val
    if not isinstance(val, tuple):
        val = (val,)
    out = []
    pos = 0
    i = 0
    for m in pieces:
        out.append(f[pos:m.start()].replace("%", "%%") if False else f[pos:m.start()])
        spec = m.group()
        pos = m.end()
        if spec == "%%":
            out.append("%")
            continue
        stars = spec.count("*")
        args = val[i:i + stars + 1]
        i += stars + 1
        if stars:
            out.append(_format_one(spec, args[-1], grouping, monetary, *args[:-1]) if False else
                       _format_one(spec, args[0], grouping, monetary, *args[1:]))
        else:
            out.append(_format_one(spec, args[0], grouping, monetary))
    if i < len(val):
        raise TypeError("not all arguments converted during string formatting")
    out.append(f[pos:])
    return "".join(out)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current locale."""
    conv = localeconv()
    digits = conv[international and "int_frac_digits" or "frac_digits"]
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return ("%%.%if" % digits) % abs(val)


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format_one("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    ts = conv["thousands_sep"]
    if ts:
        string = string.replace(ts, "")
    dd = conv["decimal_point"]
    if dd:
        string = string.replace(dd, ".")
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _format_one("%s", string, grouping, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))


# --- names ---------------------------------------------------------------------------------------------------

_ENCODING_ALIASES = {"utf8": "UTF-8", "utf-8": "UTF-8", "iso88591": "ISO8859-1", "iso8859-1": "ISO8859-1",
                     "latin1": "ISO8859-1", "iso885915": "ISO8859-15", "ascii": "ISO8859-1", "euc": "eucJP",
                     "eucjp": "eucJP"}
locale_alias = {"c": "C", "posix": "C", "c.utf8": "en_US.UTF-8", "c.ascii": "C", "en": "en_US.ISO8859-1",
                "en_us": "en_US.ISO8859-1", "en_gb": "en_GB.ISO8859-1", "de": "de_DE.ISO8859-1",
                "de_de": "de_DE.ISO8859-1", "fr": "fr_FR.ISO8859-1", "fr_fr": "fr_FR.ISO8859-1",
                "es": "es_ES.ISO8859-1", "es_es": "es_ES.ISO8859-1", "it": "it_IT.ISO8859-1",
                "ja_jp": "ja_JP.eucJP", "ja": "ja_JP.eucJP", "en_us.utf8": "en_US.UTF-8"}


def normalize(localename):
    """Returns a normalized locale code for the given locale name."""
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    if "@" in code:
        code, modifier = code.split("@", 1)
    else:
        modifier = ""
    if "." in code:
        langname, encoding = code.split(".", 1)
    else:
        langname, encoding = code, ""
    norm_encoding = encoding.replace("-", "").replace("_", "")
    lookup = langname + ("." + norm_encoding if norm_encoding else "")
    if lookup in locale_alias:
        result = locale_alias[lookup]
        if modifier:
            result += "@" + modifier
        return result
    if langname in locale_alias and encoding:
        base = locale_alias[langname].split(".")[0]
        return base + "." + _ENCODING_ALIASES.get(norm_encoding, encoding) + ("@" + modifier if modifier else "")
    if encoding and "_" in langname:
        lang, _, country = langname.partition("_")
        return lang + "_" + country.upper() + "." + _ENCODING_ALIASES.get(norm_encoding, encoding) + \
            ("@" + modifier if modifier else "")
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = "C"
        if encoding is None:
            return language
        return language + "." + encoding
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two strings -- language code, "
                        "encoding.") from None


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as a tuple (language code, encoding)."""
    localename = setlocale(category)
    if category == LC_ALL and ";" in localename:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(localename)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """Tries to determine the default locale settings and returns them as a tuple (language code, encoding)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead", DeprecationWarning, stacklevel=2)
    import os
    localename = None
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == "LANGUAGE":
                localename = localename.split(":")[0]
            break
    else:
        localename = "C"
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Sets the locale for category to the default setting."""
    import warnings
    warnings.warn("Use locale.setlocale(locale.LC_ALL, '') instead", DeprecationWarning, stacklevel=2)
    setlocale(category, "")


# --- nl_langinfo (the C locale's answers, glibc's item numbers) ------------------------------------------------

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537
D_T_FMT = 131112
D_FMT = 131113
T_FMT = 131114
T_FMT_AMPM = 131115
AM_STR = 131110
PM_STR = 131111
ERA = 131116
ERA_D_FMT = 131118
ALT_DIGITS = 131119
ERA_D_T_FMT = 131120
ERA_T_FMT = 131121
YESEXPR = 327680
NOEXPR = 327681
CRNCYSTR = 262159
ABDAY_1 = 131072
DAY_1 = 131079
ABDAY_2 = 131073
DAY_2 = 131080
ABDAY_3 = 131074
DAY_3 = 131081
ABDAY_4 = 131075
DAY_4 = 131082
ABDAY_5 = 131076
DAY_5 = 131083
ABDAY_6 = 131077
DAY_6 = 131084
ABDAY_7 = 131078
DAY_7 = 131085
ABMON_1 = 131086
MON_1 = 131098
ABMON_2 = 131087
MON_2 = 131099
ABMON_3 = 131088
MON_3 = 131100
ABMON_4 = 131089
MON_4 = 131101
ABMON_5 = 131090
MON_5 = 131102
ABMON_6 = 131091
MON_6 = 131103
ABMON_7 = 131092
MON_7 = 131104
ABMON_8 = 131093
MON_8 = 131105
ABMON_9 = 131094
MON_9 = 131106
ABMON_10 = 131095
MON_10 = 131107
ABMON_11 = 131096
MON_11 = 131108
ABMON_12 = 131097
MON_12 = 131109
_LANGINFO = {CODESET: None, RADIXCHAR: '.', THOUSEP: '', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', AM_STR: 'AM', PM_STR: 'PM', ERA: '', ERA_D_FMT: '', ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '', YESEXPR: '^[yY]', NOEXPR: '^[nN]', CRNCYSTR: '-', ABDAY_1: 'Sun', DAY_1: 'Sunday', ABDAY_2: 'Mon', DAY_2: 'Monday', ABDAY_3: 'Tue', DAY_3: 'Tuesday', ABDAY_4: 'Wed', DAY_4: 'Wednesday', ABDAY_5: 'Thu', DAY_5: 'Thursday', ABDAY_6: 'Fri', DAY_6: 'Friday', ABDAY_7: 'Sat', DAY_7: 'Saturday', ABMON_1: 'Jan', MON_1: 'January', ABMON_2: 'Feb', MON_2: 'February', ABMON_3: 'Mar', MON_3: 'March', ABMON_4: 'Apr', MON_4: 'April', ABMON_5: 'May', MON_5: 'May', ABMON_6: 'Jun', MON_6: 'June', ABMON_7: 'Jul', MON_7: 'July', ABMON_8: 'Aug', MON_8: 'August', ABMON_9: 'Sep', MON_9: 'September', ABMON_10: 'Oct', MON_10: 'October', ABMON_11: 'Nov', MON_11: 'November', ABMON_12: 'Dec', MON_12: 'December'}


def nl_langinfo(key, /):
    """Return the value for the locale information associated with key."""
    if not isinstance(key, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(key).__name__)
    if key not in _LANGINFO:
        raise ValueError("unsupported langinfo constant")
    value = _LANGINFO[key]
    if value is None:
        return "UTF-8" if _state["LC_CTYPE"] != "C" else "ANSI_X3.4-1968"
    return value


def gettext(msg, /):
    return msg


def dgettext(domain, msg, /):
    return msg


def dcgettext(domain, msg, category, /):
    return msg


def textdomain(domain, /):
    return domain if domain is not None else "messages"


def bindtextdomain(domain, dir, /):
    import os
    return dir if dir is not None else os.path.join("/usr/share/locale")


def bind_textdomain_codeset(domain, codeset, /):
    return codeset
