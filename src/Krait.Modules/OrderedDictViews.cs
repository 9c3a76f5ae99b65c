using Krait.Runtime;

namespace Krait.Modules;

/// <summary>OrderedDict's keys/values/items views (odict_keys and friends, subclasses of the dict view types, as in
/// CPython) and its one iterator type, odict_iterator, which forward and reverse iteration of the dict and of its
/// views all report. The order is the dict's own, which move_to_end keeps.</summary>
public sealed class OrderedDictView : PyDictView
{
    private static readonly PyType KeysType = ViewType("odict_keys", DictIterator.Kind.Keys);
    private static readonly PyType ValuesType = ViewType("odict_values", DictIterator.Kind.Values);
    private static readonly PyType ItemsType = ViewType("odict_items", DictIterator.Kind.Items);

    public OrderedDictView(PyDict d, DictIterator.Kind kind) : base(d, kind) { }

    public override PyType Type => Kind switch { DictIterator.Kind.Keys => KeysType, DictIterator.Kind.Values => ValuesType, _ => ItemsType };
    public override PyIterator Iter() => new OrderedDictIterator(new DictIterator(Dict, Kind));

    private static PyType ViewType(string name, DictIterator.Kind kind)
    {
        var t = new PyType(name, new[] { new PyDictView(new PyDict(), kind).Type });
        NativeModule.Method(t, "__iter__", (self, a, k) => self.Iter());
        NativeModule.Method(t, "__reversed__", (self, a, k) =>
            new OrderedDictIterator(new DictReverseIterator(((PyDictView)self).Dict, ((PyDictView)self).Kind)));
        return t;
    }

    /// <summary>keys(), values() and items() of an OrderedDict type.</summary>
    public static void DefineMethods(PyType t)
    {
        NativeModule.Method(t, "keys", (self, a, k) => { NativeArgs.Exactly("keys", a, k, 0); return new OrderedDictView((PyDict)self, DictIterator.Kind.Keys); });
        NativeModule.Method(t, "values", (self, a, k) => { NativeArgs.Exactly("values", a, k, 0); return new OrderedDictView((PyDict)self, DictIterator.Kind.Values); });
        NativeModule.Method(t, "items", (self, a, k) => { NativeArgs.Exactly("items", a, k, 0); return new OrderedDictView((PyDict)self, DictIterator.Kind.Items); });
        NativeModule.Method(t, "__iter__", (self, a, k) => self.Iter());
        NativeModule.Method(t, "__reversed__", (self, a, k) =>
            new OrderedDictIterator(new DictReverseIterator((PyDict)self, DictIterator.Kind.Keys)));
    }
}

/// <summary>odict_iterator: a dict iterator (forward or reverse) under OrderedDict's type name.</summary>
public sealed class OrderedDictIterator : PyIterator
{
    private static readonly PyType IterType = MakeType();
    private readonly PyIterator _inner;

    public OrderedDictIterator(PyIterator inner) { _inner = inner; }
    public override PyType Type => IterType;
    public override bool TryNext(out PyObject value) => _inner.TryNext(out value);

    private static PyType MakeType()
    {
        var t = new PyType("odict_iterator", new[] { PyType.ObjectType });
        NativeModule.IteratorMethods(t);
        return t;
    }
}
