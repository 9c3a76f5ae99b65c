namespace Krait.Runtime;

/// <summary>Array-free entries (<see cref="PyMethodDescriptor.Fast0"/>..Fast2) for the built-in methods hot loops
/// call most: the same behaviour as their general bodies, without allocating an argument array per call.</summary>
public static class FastMethodEntries
{
    private static PyMethodDescriptor D(PyType t, string name) => (PyMethodDescriptor)t.Dict[name]!;

    public static void Install()
    {
        var dict = PyType.DictType;
        var get = D(dict, "get");
        get.Fast1 = static (self, key) => ((PyDict)self).TryGet(key) ?? PyNone.Instance;
        get.Fast2 = static (self, key, dflt) => ((PyDict)self).TryGet(key) ?? dflt;
        var setdefault = D(dict, "setdefault");
        setdefault.Fast1 = static (self, key) => SetDefault((PyDict)self, key, PyNone.Instance);
        setdefault.Fast2 = static (self, key, dflt) => SetDefault((PyDict)self, key, dflt);
        var pop = D(dict, "pop");
        pop.Fast1 = static (self, key) => ((PyDict)self).Table.Remove(key, out var v) ? v!
            : throw new PythonException(ExceptionTypes.Make(ExceptionTypes.KeyError, key));
        pop.Fast2 = static (self, key, dflt) => ((PyDict)self).Table.Remove(key, out var v) ? v! : dflt;
        D(dict, "keys").Fast0 = static self => new PyDictView((PyDict)self, DictIterator.Kind.Keys);
        D(dict, "values").Fast0 = static self => new PyDictView((PyDict)self, DictIterator.Kind.Values);
        D(dict, "items").Fast0 = static self => new PyDictView((PyDict)self, DictIterator.Kind.Items);

        var set = PyType.SetType;
        D(set, "add").Fast1 = static (self, x) => { ((PySet)self).Add(x); return PyNone.Instance; };
        D(set, "discard").Fast1 = static (self, x) => { ((PySet)self).Discard(x); return PyNone.Instance; };

        D(PyType.ListType, "append").Fast1 = static (self, x) => { ((PyList)self).Append(x); return PyNone.Instance; };
        D(PyType.StrType, "join").Fast1 = static (self, x) => StrJoin.Join((PyStr)self, x);
        StrMethods.InstallFastEntries();
        InstallGeneratorMethods();
    }

    /// <summary>Generator methods in the type's dict, so a method call (gen.send(v)) finds them without making a
    /// bound method each time; attribute reads still go through <see cref="PyGenerator.TryGetAttr"/>.</summary>
    private static void InstallGeneratorMethods()
    {
        var t = PyGenerator.GeneratorType;
        t.Dict["send"] = new PyMethodDescriptor(t, "send", static (self, a, k) =>
        {
            if (k != null) throw Ops.TypeError("generator.send() takes no keyword arguments");
            if (a.Length != 1) throw Ops.TypeError($"generator.send() takes exactly one argument ({a.Length} given)");
            return ((PyGenerator)self).Send(a[0]);
        }) { Fast1 = static (self, v) => ((PyGenerator)self).Send(v) };
        t.Dict["__next__"] = new PyMethodDescriptor(t, "__next__", static (self, a, k) =>
        {
            if (k != null) throw Ops.TypeError("wrapper __next__() takes no keyword arguments");
            if (a.Length != 0) throw Ops.TypeError($"expected 0 arguments, got {a.Length}");
            var g = (PyGenerator)self;
            return g.Step(PyNone.Instance) ?? g.StopIteration();
        }) { Fast0 = static self => { var g = (PyGenerator)self; return g.Step(PyNone.Instance) ?? g.StopIteration(); } };
        t.Dict["__iter__"] = new PyMethodDescriptor(t, "__iter__", static (self, a, k) =>
        {
            if (a.Length != 0 || k is { Length: > 0 }) throw Ops.TypeError($"expected 0 arguments, got {a.Length}");
            return self;
        }) { Fast0 = static self => self };
    }

    private static PyObject SetDefault(PyDict d, PyObject key, PyObject dflt)
    {
        var v = d.TryGet(key);
        if (v != null) return v;
        d.SetItem(key, dflt);
        return dflt;
    }
}
