namespace Krait.Runtime;

/// <summary>Array-free entries of the str methods that text loops call with one or two arguments
/// (<see cref="PyMethodDescriptor.Fast1"/>/Fast2): the same cores as the general bodies, so behaviour and
/// error messages are shared, without an argument array per call.</summary>
public static partial class StrMethods
{
    public static void InstallFastEntries()
    {
        var t = PyType.StrType;
        PyMethodDescriptor D(string name) => (PyMethodDescriptor)t.Dict[name]!;

        D("startswith").Fast1 = static (self, x) => Ops.Box(AffixCore(P(self), x, null, null, "startswith", true));
        D("endswith").Fast1 = static (self, x) => Ops.Box(AffixCore(P(self), x, null, null, "endswith", false));
        D("find").Fast1 = static (self, x) => PyInt.Get(FindCore(P(self), x, null, null, false));
        D("rfind").Fast1 = static (self, x) => PyInt.Get(FindCore(P(self), x, null, null, true));
        D("index").Fast1 = static (self, x) =>
        {
            long i = FindCore(P(self), x, null, null, false);
            return i < 0 ? throw Ops.ValueError("substring not found") : PyInt.Get(i);
        };
        D("rindex").Fast1 = static (self, x) =>
        {
            long i = FindCore(P(self), x, null, null, true);
            return i < 0 ? throw Ops.ValueError("substring not found") : PyInt.Get(i);
        };
        D("count").Fast1 = static (self, x) => PyInt.Get(CountCore(P(self), x, null, null));

        D("replace").Fast2 = static (self, o, n) => Replace(self, o, n, null);
        D("split").Fast1 = static (self, sep) => Split(S(self), SepArg(sep), -1, P(self).HasAstral);
        D("split").Fast2 = static (self, sep, max) => Split(S(self), SepArg(sep), IntArg(max), P(self).HasAstral);
        D("rsplit").Fast1 = static (self, sep) => RSplit(S(self), SepArg(sep), -1, P(self).HasAstral);
        D("rsplit").Fast2 = static (self, sep, max) => RSplit(S(self), SepArg(sep), IntArg(max), P(self).HasAstral);
        D("strip").Fast1 = static (self, c) => Stripped(self, c, "strip", true, true);
        D("lstrip").Fast1 = static (self, c) => Stripped(self, c, "lstrip", true, false);
        D("rstrip").Fast1 = static (self, c) => Stripped(self, c, "rstrip", false, true);
        D("partition").Fast1 = static (self, sep) => Partition(self, sep, false);
        D("rpartition").Fast1 = static (self, sep) => Partition(self, sep, true);
        D("ljust").Fast1 = static (self, w) => Pad(self, w, null, 0);
        D("ljust").Fast2 = static (self, w, f) => Pad(self, w, f, 0);
        D("rjust").Fast1 = static (self, w) => Pad(self, w, null, 1);
        D("rjust").Fast2 = static (self, w, f) => Pad(self, w, f, 1);
        D("center").Fast1 = static (self, w) => Pad(self, w, null, 2);
        D("center").Fast2 = static (self, w, f) => Pad(self, w, f, 2);
        D("translate").Fast1 = static (self, table) => StrTranslate.Translate(S(self), table);
    }

    private static string? SepArg(PyObject sep) => sep == PyNone.Instance ? null : StrOrNone(sep);

    private static PyObject Stripped(PyObject self, PyObject chars, string name, bool left, bool right)
    {
        var s = S(self);
        var r = Strip(s, chars, name, left, right);
        return ReferenceEquals(r, s) ? self : Piece(r, P(self).HasAstral);
    }
}
