namespace Krait.Modules;

/// <summary>signal.Signals and signal.Handlers, the IntEnums CPython's signal module builds from its SIG* names.
/// Built on first use (they need the enum module); each value's canonical member is the alphabetically first
/// name among its aliases (SIGABRT before SIGIOT, SIGIO before SIGPOLL), as CPython's conversion orders them.</summary>
public static class SignalEnums
{
    public const string Source = """
import enum as _enum
import sys as _sys

_module = _sys.modules['signal']
_names = sorted((n for n in dir(_module) if n.startswith('SIG') and not n.startswith('SIG_')),
                key=lambda n: (getattr(_module, n), n))
Signals = _enum.IntEnum('Signals', [(n, getattr(_module, n)) for n in _names], module='signal')
Handlers = _enum.IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module='signal')
""";
}
