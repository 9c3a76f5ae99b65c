using Krait.Runtime;

namespace Krait.Modules;

/// <summary>Argument binding for functions written in C#, with the messages CPython's argument clinic and
/// PyArg_UnpackTuple give.</summary>
public static class NativeArgs
{
    /// <summary>Binds positionals then keywords to <paramref name="names"/>; the first <paramref name="required"/>
    /// must be given, the others are null when absent. Names from <paramref name="kwOnlyFrom"/> on are keyword-only;
    /// names before <paramref name="posOnly"/> are positional-only.</summary>
    public static PyObject?[] Bind(string fname, PyObject[] args, string[]? kwnames, string[] names, int required,
                                   int kwOnlyFrom = int.MaxValue, int posOnly = 0)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            if (maxPos == 0) throw Ops.TypeError($"{fname}() takes no positional arguments");
            string plural = maxPos == 1 ? "" : "s";
            if (required >= maxPos)
                throw Ops.TypeError(maxPos == 1 ? $"{fname}() takes exactly one argument ({npos} given)"
                    : $"{fname}() takes exactly {maxPos} positional argument{plural} ({npos} given)");
            throw Ops.TypeError($"{fname}() takes at most {maxPos} argument{plural} ({npos} given)");
        }
        var r = new PyObject?[names.Length];
        Array.Copy(args, r, npos);
        for (int k = 0; k < nkw; k++)
        {
            string n = kwnames![k];
            int at = Array.IndexOf(names, n);
            if (at < posOnly) throw Ops.TypeError($"'{n}' is an invalid keyword argument for {fname}()");
            if (r[at] != null)
                throw Ops.TypeError($"argument for {fname}() given by name ('{n}') and position ({at + 1})");
            r[at] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (r[i] == null)
                throw Ops.TypeError(i < kwOnlyFrom ? $"{fname}() missing required argument '{names[i]}' (pos {i + 1})"
                    : $"{fname}() missing required keyword-only argument '{names[i]}'");
        return r;
    }

    /// <summary>PyArg_UnpackTuple's check: positional only, between min and max of them.</summary>
    public static void Count(string fname, PyObject[] args, string[]? kwnames, int min, int max)
    {
        if (kwnames != null && kwnames.Length > 0) throw Ops.TypeError($"{fname}() takes no keyword arguments");
        int n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max) throw Ops.TypeError($"{fname} expected {min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n < min) throw Ops.TypeError($"{fname} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw Ops.TypeError($"{fname} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>METH_O / METH_NOARGS style checks ("takes exactly one argument (N given)").</summary>
    public static void Exactly(string fname, PyObject[] args, string[]? kwnames, int n)
    {
        if (kwnames != null && kwnames.Length > 0) throw Ops.TypeError($"{fname}() takes no keyword arguments");
        if (args.Length == n) return;
        if (n == 0) throw Ops.TypeError($"{fname}() takes no arguments ({args.Length} given)");
        if (n == 1) throw Ops.TypeError($"{fname}() takes exactly one argument ({args.Length} given)");
        throw Ops.TypeError($"{fname} expected {n} arguments, got {args.Length}");
    }

    public static void NoKeywords(string fname, string[]? kwnames)
    {
        if (kwnames != null && kwnames.Length > 0) throw Ops.TypeError($"{fname}() takes no keyword arguments");
    }

    /// <summary>An integer argument as CPython's index conversion reads it ("'str' object cannot be interpreted as an integer").</summary>
    public static long Int(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        return Ops.Index(o);
    }
}

/// <summary>Building blocks for native modules: the module object, functions, types and methods.</summary>
public static class NativeModule
{
    public static PyModule New(string name)
    {
        var m = new PyModule(name, Builtins.Module);
        m.Set("__name__", new PyStr(name));
        return m;
    }

    public static PyBuiltinFunction Def(PyModule m, string name, BuiltinBody body)
    {
        var f = new PyBuiltinFunction(name, body);
        m.Set(name, f);
        return f;
    }

    /// <summary>A type implemented here (reprs as <c>&lt;class 'module.name'&gt;</c>). With an allocator it is
    /// one user classes derive from: its instances are made by <c>__new__</c> (the allocator, for the class
    /// asked for) and filled by <c>__init__</c>, and they carry that class themselves. Without one it is a
    /// plain built-in type made by its <see cref="PyType.Constructor"/>.</summary>
    /// <summary>A type of a module written here; <paramref name="writtenInC"/> is false for the ones CPython writes in
    /// Python (Counter, ChainMap), which its messages name without their module.</summary>
    public static PyType Type(string module, string name, PyType? baseType = null, Func<PyType, PyObject>? allocator = null,
                              bool writtenInC = true)
    {
        var t = new PyType(name, new[] { baseType ?? PyType.ObjectType }, userDefined: allocator != null) { Module = module, WrittenInC = writtenInC };
        if (allocator == null) return t;
        t.Allocator = allocator;
        t.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0) throw Ops.TypeError($"{t.Name}.__new__(): not enough arguments");
            if (a[0] is not PyType cls) throw Ops.TypeError($"{t.Name}.__new__(X): X is not a type object ({a[0].Type.TpName})");
            if (!cls.IsSubtypeOf(t)) throw Ops.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            return cls.Allocator!(cls);
        }));
        return t;
    }

    public static PyMethodDescriptor Method(PyType t, string name, MethodBody body)
    {
        var md = new PyMethodDescriptor(t, name, body);
        t.Dict[name] = md;
        return md;
    }

    /// <summary>Installs the iterator protocol methods (<c>__iter__</c>, <c>__next__</c>) for a PyIterator type.</summary>
    public static void IteratorMethods(PyType t)
    {
        Method(t, "__iter__", (self, a, k) => self);
        Method(t, "__next__", (self, a, k) =>
        {
            if (((PyIterator)self).TryNext(out var v)) return v;
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration));
        });
    }
}
