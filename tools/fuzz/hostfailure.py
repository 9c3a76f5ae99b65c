"""What only a .NET failure prints: a Python traceback never contains these, so finding one in Krait's stderr
(or, in batch mode, in an exception message) means an error escaped the runtime (the fuzzers count it as a host
crash). `SystemError: internal error` is the last-resort translation of a .NET exception (Ops.Translate and the
krait command's top-level handler)."""
import re

DOTNET_MARKERS = ("Unhandled exception", "   at Krait.", "   at System.", "System.NullReferenceException",
                  "System.InvalidCastException", "System.IndexOutOfRangeException", "Stack overflow")
INTERNAL_ERROR = re.compile(r"SystemError:? internal error")


def shows_dotnet_failure(stderr_text):
    return any(m in stderr_text for m in DOTNET_MARKERS) or INTERNAL_ERROR.search(stderr_text) is not None
