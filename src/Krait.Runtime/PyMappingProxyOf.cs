namespace Krait.Runtime;

/// <summary>types.MappingProxyType(mapping): a read-only view of any mapping (a class's own __dict__ is the
/// specialised <see cref="PyMappingProxy"/>; both have the one mappingproxy type).</summary>
public sealed class PyMappingProxyOf : PyObject
{
    private readonly PyObject _m;

    private PyMappingProxyOf(PyObject mapping) { _m = mapping; }

    /// <summary>A read-only view of a mapping the runtime hands out (dict views' <c>mapping</c>).</summary>
    public static PyMappingProxyOf Of(PyObject mapping) => new(mapping);

    /// <summary>Gives the mappingproxy type its constructor.</summary>
    public static PyType WithConstructor(PyType t)
    {
        t.Constructor = (a, k) =>
        {
            if (k != null && k.Length > 0 && !(a.Length == 0 && k.Length == 1 && k[0] == "mapping"))
                throw Ops.TypeError($"mappingproxy() got an unexpected keyword argument '{k[0]}'");
            if (a.Length != 1) throw Ops.TypeError($"mappingproxy() takes exactly one argument ({a.Length} given)");
            var m = a[0];
            if (m is PyList || m is PyTuple || !m.TryGetAttr("__getitem__", out _) || !m.TryGetAttr("keys", out _))
                throw Ops.TypeError($"mappingproxy() argument must be a mapping, not {m.Type.TpName}");
            return new PyMappingProxyOf(m);
        };
        return t;
    }

    public override PyType Type => PyMappingProxy.MappingProxyType;
    public override string Repr() => "mappingproxy(" + Ops.Repr(_m) + ")";
    public override string Str() => Ops.Str(_m);
    public override long Len() => _m.Len();
    public override PyIterator Iter() => _m.Iter();
    public override bool Contains(PyObject item) => _m.Contains(item);
    public override bool IsTrue() => _m.IsTrue();
    public override PyObject GetItem(PyObject key) => _m.GetItem(key);

    public override void SetItem(PyObject key, PyObject value) =>
        throw Ops.TypeError("'mappingproxy' object does not support item assignment");

    public override void DelItem(PyObject key) =>
        throw Ops.TypeError("'mappingproxy' object does not support item deletion");

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        _m.RichCompare(other is PyMappingProxyOf p ? p._m : other, op);

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "keys": case "values": case "items": case "get": case "copy":
                return _m.TryGetAttr(name, out value);
        }
        return base.TryGetAttr(name, out value);
    }
}
