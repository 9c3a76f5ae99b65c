namespace Krait.Runtime;

/// <summary>What classmethod and staticmethod share since 3.10: the wrapped callable and an instance
/// <c>__dict__</c> that starts with the callable's <c>__module__</c>, <c>__name__</c>, <c>__qualname__</c>, <c>__doc__</c> and
/// <c>__annotations__</c> (those it has, as functools.wraps would copy them), so <c>staticmethod(f).__name__</c> is <c>f</c>'s.
/// The dict is made on first use; most decorators are never asked.</summary>
public abstract class PyMethodDecorator : PyObject
{
    private static readonly string[] s_copied = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__" };

    public readonly PyObject Function;
    private PyDict? _dict;

    protected PyMethodDecorator(PyObject function) { Function = function; }

    private PyDict Dict
    {
        get
        {
            if (_dict != null) return _dict;
            var d = new PyDict();
            foreach (var name in s_copied)
                if (Function.TryGetAttr(name, out var v)) d.SetItem(new PyStr(name), v);
            return _dict = d;
        }
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__dict__") { value = Dict; return true; }
        if (Dict.TryGet(new PyStr(name)) is { } v) { value = v; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "__dict__")
        {
            _dict = value as PyDict ?? throw Ops.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.TpName}'");
            return;
        }
        Dict.SetItem(new PyStr(name), value);
    }

    public override void DelAttr(string name)
    {
        if (!Dict.Table.Remove(new PyStr(name), out _)) base.DelAttr(name);
    }
}
