"""Warning control: the filter list, warn() and warn_explicit(), how warnings are shown, catch_warnings.

Krait's own module, written from the documented behaviour of CPython 3.11's warnings and _warnings.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# Each filter is (action, message regex or None, category, module regex or None (or an exact name), lineno).
filters = []
defaultaction = "default"
onceregistry = {}
# Bumped whenever the filters change; a module's __warningregistry__ remembers the version it was filled
# under and is emptied when that is stale, so a new filter applies to warnings already seen.
_filters_version = 1

_ACTIONS = ("default", "always", "ignore", "module", "once", "error")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _as_index(value):
    if type(value) is int:
        return value
    import operator
    return operator.index(value)


# --- the filter list ---------------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: action for warnings of category (or a subclass) whose text matches the message regex
    (case-insensitively, from the start), raised from a module whose name matches the module regex, at
    lineno (0: any line). New filters go first unless append is true."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    if message or module:
        import re
        message_re = re.compile(message, re.I) if message else None
        module_re = re.compile(module) if module else None
    else:
        message_re = module_re = None
    _add_filter(action, message_re, category, module_re, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that applies action to every warning of category (at lineno, if not 0)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    # A filter already in the list moves to the front (or stays where it is when appending).
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Removes every filter, the defaults and -W options included."""
    filters[:] = []
    _filters_mutated()


def _pattern_matches(pattern, value):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        # The built-in default filters name their module exactly ('__main__').
        return pattern == value
    return pattern.match(value) is not None


def _choose_filter(text, category, module, lineno):
    """(action, filter) for the first filter that applies, or (defaultaction, None)."""
    if not isinstance(filters, list):
        raise ValueError("warnings.filters must be a list")
    for position, entry in enumerate(filters):
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple" % position)
        action, message_re, wanted, module_re, wanted_line = entry
        if wanted_line and wanted_line != lineno:
            continue
        if not issubclass(category, wanted):
            continue
        if message_re is not None and not _pattern_matches(message_re, text):
            continue
        if module_re is not None and not _pattern_matches(module_re, module):
            continue
        return action, entry
    return defaultaction, None


# --- issuing warnings --------------------------------------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning. The location reported is stacklevel frames up from the caller (1: the caller)."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    depth = _as_index(stacklevel)
    try:
        frame = sys._getframe(depth if depth > 1 else 1)
    except ValueError:
        # Deeper than the stack: CPython reports the warning as coming from the sys module.
        where_globals = sys.__dict__
        filename, lineno = "sys", 1
    else:
        where_globals = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
        frame = None
    module = where_globals["__name__"] if "__name__" in where_globals else "<string>"
    registry = where_globals.get("__warningregistry__")
    if registry is None:
        registry = where_globals["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning for an explicit location; registry is the dict that remembers what was shown."""
    lineno = _as_index(lineno)
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % ("None" if filename is None else type(filename).__name__))
    if module is None:
        if not filename:
            module = "<unknown>"
        elif filename.endswith(".py"):
            module = filename[:-3]
        else:
            module = filename
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        # The text stays as given (the registry key uses it); the shown message is a category instance.
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, entry = _choose_filter(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once" or action == "module":
            # Both remember (text, category) without the line: 'module' in the module's registry (with
            # none it shows every time), 'once' there too, or in onceregistry when there is no registry.
            where = onceregistry if registry is None and action == "once" else registry
            if where is not None and _already_warned(where, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r" % (action, entry))
    if module_globals is not None:
        import linecache
        linecache.getlines(filename, module_globals)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


def _already_warned(registry, key, remember):
    """Whether registry holds key (a registry filled under older filters is emptied first); with
    remember, key is added."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


class WarningMessage(object):
    """One warning as shown or recorded: message, category, filename, lineno, file, line, source."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category, self.filename, self.lineno = message, category, filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = None if category is None else category.__name__

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


# --- showing warnings --------------------------------------------------------------------------------------

def _warning_text(msg):
    """The text a warning is shown as: 'file:line: Category: message', then the stripped source line."""
    category = msg.category.__name__
    parts = ["%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)]
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        line = line.strip()
        if line:
            parts.append("  %s\n" % line)
    if msg.source is not None:
        parts.append(_allocation_text(category, msg.source))
    return "".join(parts)


def _allocation_text(category, source):
    # Where the object behind a ResourceWarning was allocated; Krait never traces allocations, so (unless a
    # tracemalloc module says otherwise) this is the hint CPython gives when tracing is off.
    try:
        import tracemalloc
        tracing = tracemalloc.is_tracing()
        frames = tracemalloc.get_object_traceback(source)
    except Exception:
        tracing, frames = False, None
    if frames is None:
        if tracing:
            return ""
        return "%s: Enable tracemalloc to get the object allocation traceback\n" % category
    lines = ["Object allocated at (most recent call last):\n"]
    import linecache
    for frame in frames:
        lines.append('  File "%s", lineno %s\n' % (frame.filename, frame.lineno))
        try:
            source_line = linecache.getline(frame.filename, frame.lineno).strip()
        except Exception:
            source_line = ""
        if source_line:
            lines.append("    %s\n" % source_line)
    return "".join(lines)


def _formatwarnmsg_impl(msg):
    return _warning_text(msg)


def _formatwarnmsg(msg):
    # A program that replaced formatwarning gets it called with the classic arguments.
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    stream = msg.file
    if stream is None:
        stream = sys.stderr
        if stream is None:
            return
    text = _formatwarnmsg(msg)
    try:
        stream.write(text)
    except OSError:
        pass


def _showwarnmsg(msg):
    # A program that replaced showwarning gets it called with the classic arguments.
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (default sys.stderr). Programs may replace this function."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


# --- catch_warnings ----------------------------------------------------------------------------------------

class catch_warnings(object):
    """A context manager that saves the warnings state (filters, showwarning) and restores it on exit.

    record=True collects the warnings shown inside as WarningMessage objects in the list __enter__ returns;
    action (with category, lineno, append) adds one simplefilter on entry."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        target = self._module
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            action, category, lineno, append = self._filter
            target.simplefilter(action, category, lineno, append)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        # Recording bypasses a replaced showwarning, as CPython's does.
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


# --- -W options and PYTHONWARNINGS -------------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as e:
            print("Invalid -W option ignored:", e, file=sys.stderr)


def _setoption(arg):
    """One -W option, action:message:category:module:lineno, every field optional."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = [field.strip() for field in fields]
    action = _getaction(action)
    category = _getcategory(category)
    import re
    if message:
        message = re.escape(message)
    if module:
        # The module field names one module exactly.
        module = re.escape(module) + r"\Z"
    filterwarnings(action, message, category, module, _option_lineno(lineno))


def _option_lineno(field):
    if not field:
        return 0
    try:
        number = int(field)
    except (ValueError, OverflowError):
        raise _OptionError("invalid lineno %r" % (field,)) from None
    if number < 0:
        raise _OptionError("invalid lineno %r" % (number,))
    return number


def _getaction(action):
    # An action may be abbreviated to any prefix ('' is 'default', the first); 'all' means 'always'.
    if action == "all":
        return "always"
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        found = Warning
    elif "." in category:
        module_name, _, class_name = category.rpartition(".")
        try:
            found = getattr(__import__(module_name, None, None, [class_name]), class_name)
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    else:
        import builtins
        try:
            found = getattr(builtins, category)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# --- helpers other standard modules call -------------------------------------------------------------------

_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns that name goes away in version remove (a (major, minor) tuple); an error once that is reached."""
    remove_text = "%s.%s" % (remove[0], remove[1])
    if (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha" % (name, remove_text))
    warn(message.format(name=name, remove=remove_text), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    text = "coroutine '%s' was never awaited" % (getattr(coro, "__qualname__", coro),)
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


# --- the filters every program starts with -----------------------------------------------------------------

def _install_defaults():
    flags = getattr(sys, "flags", None)
    dev_mode = bool(getattr(flags, "dev_mode", False))
    bytes_warning = getattr(flags, "bytes_warning", 0)
    # As CPython 3.11: DeprecationWarning is shown for code in __main__ only; the noisy categories are off.
    defaults = [("default", None, DeprecationWarning, "__main__", 0)]
    for quiet in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        defaults.append(("ignore", None, quiet, None, 0))
    if bytes_warning:
        defaults.insert(0, ("error" if bytes_warning > 1 else "default", None, BytesWarning, None, 0))
    if dev_mode:
        defaults.insert(0, ("default", None, Warning, None, 0))
    filters.extend(defaults)
    if sys.warnoptions:
        _processoptions(sys.warnoptions)


_install_defaults()
del _install_defaults

# CPython's warn and warn_explicit are C functions: an "error" filter's exception shows no frames of theirs.
try:
    from _krait_traceback import hide_frames as _hide_frames
except ImportError:
    pass
else:
    _hide_frames(warn, warn_explicit)
    del _hide_frames
