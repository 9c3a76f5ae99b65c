"""What only a .NET failure prints: a Python traceback never contains these, so finding one in Krait's stderr
means an error escaped the runtime (the fuzzers count it as a host crash)."""

DOTNET_MARKERS = ("Unhandled exception", "   at Krait.", "   at System.", "System.NullReferenceException",
                  "System.InvalidCastException", "System.IndexOutOfRangeException", "Stack overflow")


def shows_dotnet_failure(stderr_text):
    return any(m in stderr_text for m in DOTNET_MARKERS)
