"""Extracting, formatting and printing stack traces and exceptions, with the text CPython 3.11 prints.

Krait's own module, written from the documented behaviour of CPython 3.11's traceback module. The caret lines
under a failing expression come from the runtime's traceback printer (through _krait_traceback), so this
module and an uncaught exception print the same text.
"""

import sys

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

try:
    import _krait_traceback as _positions_source
except ImportError:
    _positions_source = None

# More identical consecutive frames than this are folded into "[Previous line repeated N more times]".
_REPEAT_CUTOFF = 3

_CAUSE_HEADER = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_HEADER = "\nDuring handling of the above exception, another exception occurred:\n\n"

# Marks an argument that was not passed (None is a meaningful value for value and tb).
_MISSING = object()


def _linecache():
    import linecache
    return linecache


def _write_all(lines, file):
    if file is None:
        file = sys.stderr
    for text in lines:
        print(text, file=file, end="")


# --- the function interface --------------------------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Prints the frames of an extracted list (as extract_tb or extract_stack return) to file."""
    _write_all(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """One string per frame of an extracted list: the 'File ..., line ..., in ...' line and the source."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Prints up to limit frames of a traceback object."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the frames of a traceback object, outermost first."""
    return StackSummary._summarize(_tb_entries(tb), limit=limit)


def _unpack_exception_args(exc, value, tb):
    # The 3.10 signature takes the exception alone; the old one (type, value, tb) is still accepted.
    if (value is _MISSING) != (tb is _MISSING):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _MISSING:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
    return exc, exc.__traceback__


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    """Prints an exception and its traceback (and, with chain, its causes and contexts) to file."""
    value, tb = _unpack_exception_args(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    """The lines print_exception would print, each ending in a newline (some hold several lines)."""
    value, tb = _unpack_exception_args(exc, value, tb)
    report = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def format_exception_only(exc, /, value=_MISSING):
    """The last lines of a traceback: 'Type: message' (with a SyntaxError's location first, and the
    exception's notes after)."""
    if value is _MISSING:
        value = exc
    report = TracebackException(type(value), value, None, compact=True)
    return list(report.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exc_info())."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """What print_exc prints, as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Prints the last uncaught exception (sys.last_type, sys.last_value, sys.last_traceback)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _caller_frame(frame, skip):
    if frame is not None:
        return frame
    return sys._getframe(skip + 1)


def print_stack(f=None, limit=None, file=None):
    """Prints the stack from frame f (default: the caller) outwards, outermost first."""
    print_list(extract_stack(_caller_frame(f, 1), limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    return format_list(extract_stack(_caller_frame(f, 1), limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (default: the caller), outermost first; limit counts
    from f outwards."""
    summary = StackSummary.extract(walk_stack(_caller_frame(f, 1)), limit=limit)
    summary.reverse()
    return summary


def clear_frames(tb):
    """Clears the locals of every frame of a traceback (frames still running are left alone)."""
    while tb is not None:
        clear = getattr(tb.tb_frame, "clear", None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from frame f outwards through f_back. With f None it starts where CPython
    3.11 does: four frames out from the generator's own frame."""
    frame = f
    if frame is None:
        frame = sys._getframe()
        for _ in range(4):
            frame = frame.f_back
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) per traceback entry; the columns where the runtime
    # recorded them, as CPython takes them from co_positions at tb_lasti.
    positions = _positions_source.positions if _positions_source is not None else None
    while tb is not None:
        where = None
        if positions is not None:
            try:
                where = positions(tb)
            except TypeError:
                where = None
        if where is None:
            where = (tb.tb_lineno, None, None, None)
        yield tb.tb_frame, where
        tb = tb.tb_next


def _apply_limit(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return _first(entries, limit)
    # A negative limit keeps the last -limit entries.
    return list(entries)[limit:]


def _first(entries, count):
    if count <= 0:
        return
    for entry in entries:
        yield entry
        count -= 1
        if count == 0:
            return


# --- FrameSummary ------------------------------------------------------------------------------------------

class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line (the stripped source line, read on
    demand), locals (reprs, when captured) and the failing range (end_lineno, colno, end_colno).

    Indexing and unpacking see (filename, lineno, name, line); it compares equal to such a tuple."""

    __slots__ = ("filename", "lineno", "name", "locals", "end_lineno", "colno", "end_colno", "_line")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self._source()
        if locals:
            self.locals = {key: repr(value) for key, value in locals.items()}
        else:
            self.locals = None

    def _source(self):
        """The source line as read, indentation and newline included ('' when unknown), or None."""
        if self._line is None and self.lineno is not None:
            self._line = _linecache().getline(self.filename, self.lineno)
        return self._line

    @property
    def _original_line(self):
        return self._source()

    @property
    def line(self):
        text = self._source()
        return None if text is None else text.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def _caret_text(summary):
    # The indicator under the source line, drawn by the runtime's printer from the frame's positions.
    if _positions_source is None or summary.colno is None or summary.end_colno is None:
        return None
    source = summary._source()
    if not source:
        return None
    if source.endswith("\n"):
        source = source[:-1]
    end_lineno = summary.end_lineno
    if end_lineno is None:
        # An unknown end line counts as a range running past this line.
        end_lineno = summary.lineno + 1 if isinstance(summary.lineno, int) else 0
    return _positions_source.caret_line(source, summary.lineno, end_lineno, summary.colno, summary.end_colno)


# --- StackSummary ------------------------------------------------------------------------------------------

class StackSummary(list):
    """A list of FrameSummary objects, as extract_tb and extract_stack return."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarizes (frame, lineno) pairs, such as walk_stack or walk_tb yield."""
        def with_lines_only():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)
        return klass._summarize(with_lines_only(), limit=limit, lookup_lines=lookup_lines,
                                capture_locals=capture_locals)

    @classmethod
    def _summarize(klass, entries, *, limit=None, lookup_lines=True, capture_locals=False):
        summary = klass()
        filenames = []
        linecache = _linecache()
        for frame, (lineno, end_lineno, colno, end_colno) in _apply_limit(entries, limit):
            code = frame.f_code
            filename = code.co_filename
            if filename not in filenames:
                filenames.append(filename)
            linecache.lazycache(filename, frame.f_globals)
            frame_locals = frame.f_locals if capture_locals else None
            summary.append(FrameSummary(filename, lineno, code.co_name, lookup_line=False, locals=frame_locals,
                                        end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for frame_summary in summary:
                frame_summary._source()
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples (a plain
        StackSummary even when called on a subclass, as in CPython 3.11)."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text for one frame: its location line, the stripped source line and the caret line under
        the failing expression when there is one, then its captured locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                         frame_summary.name)]
        stripped = frame_summary.line
        if stripped:
            parts.append("    {}\n".format(stripped))
            carets = _caret_text(frame_summary)
            if carets:
                parts.append("    {}\n".format(carets))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append("    {} = {}\n".format(name, value))
        return "".join(parts)

    def format(self):
        """One string per frame, folding runs of more than three identical frames (recursion)."""
        out = []
        previous = None
        seen = 0
        for frame_summary in self:
            here = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if previous is not None and None not in previous and here == previous:
                seen += 1
                if seen > _REPEAT_CUTOFF:
                    continue
            else:
                _append_repeat_note(out, seen)
                previous = here
                seen = 1
            out.append(self.format_frame_summary(frame_summary))
        _append_repeat_note(out, seen)
        return out


def _append_repeat_note(out, seen):
    hidden = seen - _REPEAT_CUTOFF
    if hidden > 0:
        out.append("  [Previous line repeated {} more time{}]\n".format(hidden, "s" if hidden > 1 else ""))


# --- TracebackException ------------------------------------------------------------------------------------

def _text_of(value, what, convert=str):
    try:
        return convert(value)
    except Exception:
        return "<{} {}() failed>".format(what, convert.__name__)


def _final_line(type_name, value_text):
    if value_text:
        return "{}: {}\n".format(type_name, value_text)
    return "{}\n".format(type_name)


class _Nesting:
    """Where a format() call is inside exception groups: each level indents by two and draws a margin."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return "  " * self.depth

    def emit(self, text, margin="|"):
        chunks = [text] if isinstance(text, str) else text
        if self.depth == 0:
            yield from chunks
            return
        prefix = self.indent() + margin + " "
        for chunk in chunks:
            for line in chunk.splitlines(keepends=True):
                yield prefix + line


class TracebackException:
    """An exception captured for printing later: its type, its str(), its traceback as a StackSummary, the
    exceptions it was caused by or raised during (__cause__, __context__, as TracebackExceptions), the
    members of an exception group (exceptions), its notes and, for a SyntaxError, where the error is."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        options = (limit, lookup_lines, capture_locals, compact, max_group_width, max_group_depth)
        seen = set() if _seen is None else _seen
        self._capture(exc_type, exc_value, exc_traceback, options, seen)
        if _seen is not None:
            # Built as part of another exception's graph, which links this one up.
            return
        # Link the graph of causes, contexts and group members with a work list rather than recursion, so
        # a long chain cannot exhaust the stack; an exception already in the graph is not captured again.
        pending = [(self, exc_value)]
        while pending:
            report, value = pending.pop()
            cause = context = members = None
            if value is not None:
                raw_cause = value.__cause__
                if raw_cause is not None and id(raw_cause) not in seen:
                    cause = TracebackException._linked(raw_cause, options, seen)
                wants_context = not compact or (cause is None and not value.__suppress_context__)
                raw_context = value.__context__
                if wants_context and raw_context is not None and id(raw_context) not in seen:
                    context = TracebackException._linked(raw_context, options, seen)
                if isinstance(value, BaseExceptionGroup):
                    members = [TracebackException._linked(member, options, seen) for member in value.exceptions]
            report.__cause__ = cause
            report.__context__ = context
            report.exceptions = members
            if members:
                pending.extend(reversed(list(zip(members, value.exceptions))))
            if context is not None:
                pending.append((context, value.__context__))
            if cause is not None:
                pending.append((cause, value.__cause__))

    @staticmethod
    def _linked(value, options, seen):
        limit, lookup_lines, capture_locals, compact, width, depth = options
        return TracebackException(type(value), value, value.__traceback__, limit=limit,
                                  lookup_lines=lookup_lines, capture_locals=capture_locals, compact=compact,
                                  max_group_width=width, max_group_depth=depth, _seen=seen)

    def _capture(self, exc_type, exc_value, exc_traceback, options, seen):
        limit, lookup_lines, capture_locals, compact, width, depth = options
        seen.add(id(exc_value))
        self.max_group_width = width
        self.max_group_depth = depth
        self.stack = StackSummary._summarize(_tb_entries(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                             capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _text_of(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and isinstance(exc_type, type) and issubclass(exc_type, SyntaxError):
            # Where the error is; the line numbers are kept as strings.
            for field in ("filename", "lineno", "end_lineno", "text", "offset", "end_offset", "msg"):
                value = getattr(exc_value, field, None)
                if value is not None and field in ("lineno", "end_lineno"):
                    value = str(value)
                setattr(self, field, value)
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException for exc and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def _is_syntax_error(self):
        return isinstance(self.exc_type, type) and issubclass(self.exc_type, SyntaxError)

    def format_exception_only(self):
        """The exception's own lines, without the traceback: 'Type: message' and the notes; for a
        SyntaxError, the file, line and a caret under the error first."""
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        type_name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ("__main__", "builtins"):
            if not isinstance(module, str):
                module = "<unknown>"
            type_name = module + "." + type_name
        if self._is_syntax_error():
            yield from self._syntax_error_lines(type_name)
        else:
            yield _final_line(type_name, self._str)
        notes = self.__notes__
        if isinstance(notes, (list, tuple, str)) or _is_sequence(notes):
            for note in notes:
                for line in _text_of(note, "note").split("\n"):
                    yield line + "\n"
        elif notes is not None:
            # CPython 3.11 writes a non-sequence __notes__ without a newline.
            yield _text_of(notes, "__notes__", repr)

    def _syntax_error_lines(self, type_name):
        suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            bare = text.rstrip("\n")
            shown = bare.lstrip(" \n\f")
            removed = len(bare) - len(shown)
            yield "    {}\n".format(shown)
            if self.offset is not None:
                # offset and end_offset count from 1 in the unstripped line; an end of None, 0 or -1, or
                # one equal to the start, marks a single character.
                first = self.offset
                last = self.end_offset
                if last is None or last == 0:
                    last = first
                if last == first or last == -1:
                    last = first + 1
                start = first - 1 - removed
                stop = last - 1 - removed
                if start >= 0:
                    # Tabs before the caret stay tabs so it lines up under the text.
                    lead = "".join(ch if ch.isspace() else " " for ch in shown[:start])
                    yield "    {}{}\n".format(lead, "^" * (stop - start))
        yield "{}: {}{}\n".format(type_name, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole report as lines: the chain of causes and contexts, oldest first, each with its
        traceback; exception groups with their members in numbered boxes, as CPython 3.11 prints them."""
        nesting = _Nesting() if _ctx is None else _ctx
        links = []
        current = self
        while current is not None:
            header = following = None
            if chain:
                if current.__cause__ is not None:
                    header, following = _CAUSE_HEADER, current.__cause__
                elif current.__context__ is not None and not current.__suppress_context__:
                    header, following = _CONTEXT_HEADER, current.__context__
            links.append((header, current))
            current = following
        for header, report in reversed(links):
            if header is not None:
                yield from nesting.emit(header)
            if report.exceptions is None:
                if report.stack:
                    yield from nesting.emit("Traceback (most recent call last):\n")
                    yield from nesting.emit(report.stack.format())
                yield from nesting.emit(report.format_exception_only())
            elif nesting.depth > self.max_group_depth:
                yield from nesting.emit("... (max_group_depth is {})\n".format(self.max_group_depth))
            else:
                yield from report._group_lines(nesting, chain, self.max_group_width)

    def _group_lines(self, nesting, chain, width):
        outermost = nesting.depth == 0
        if outermost:
            nesting.depth += 1
        if self.stack:
            yield from nesting.emit("Exception Group Traceback (most recent call last):\n",
                                    "+" if outermost else "|")
            yield from nesting.emit(self.stack.format())
        yield from nesting.emit(self.format_exception_only())
        total = len(self.exceptions)
        boxes = total if width is None or total <= width else width + 1
        nesting.need_close = False
        for index in range(boxes):
            last = index == boxes - 1
            if last:
                nesting.need_close = True
            cut = width is not None and index >= width
            title = "..." if cut else str(index + 1)
            yield "{}{}+---------------- {} ----------------\n".format(nesting.indent(), "+-" if index == 0 else "  ",
                                                                        title)
            nesting.depth += 1
            if cut:
                more = total - width
                yield from nesting.emit("and {} more exception{}\n".format(more, "s" if more > 1 else ""))
            else:
                yield from self.exceptions[index].format(chain=chain, _ctx=nesting)
            if last and nesting.need_close:
                yield nesting.indent() + "+------------------------------------\n"
                nesting.need_close = False
            nesting.depth -= 1
        if outermost:
            nesting.depth = 0

    def __str__(self):
        return self._str

    def print(self, *, file=None, chain=True):
        """Prints format(chain=chain) to file (default sys.stderr)."""
        _write_all(self.format(chain=chain), file)


def _is_sequence(value):
    if value is None:
        return False
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(value, Sequence)
