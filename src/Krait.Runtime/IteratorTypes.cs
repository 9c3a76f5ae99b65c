namespace Krait.Runtime;

/// <summary>What an iterator of a built-in type tells <c>__length_hint__</c>, <c>__reduce__</c> and
/// <c>__setstate__</c> (pickling and copying an iterator mid-way).</summary>
public interface IIteratorState
{
    PyObject LengthHint();
    PyObject Reduce();
    void SetState(PyObject state);
}

/// <summary>
/// The types of the built-in iterators under CPython's names (list_iterator, str_ascii_iterator, set_iterator,
/// dict_keyiterator, ...), each with the protocol methods CPython gives it. Created on first use: a program
/// that never looks at an iterator's type does not pay for them.
/// </summary>
public static class IteratorTypes
{
    [Flags]
    private enum Has { Next = 0, LengthHint = 1, Reduce = 2, SetState = 4, All = 7 }

    public static readonly PyType List = Make("list_iterator", Has.All);
    public static readonly PyType ListReverse = Make("list_reverseiterator", Has.All);
    public static readonly PyType Tuple = Make("tuple_iterator", Has.All);
    public static readonly PyType StrAscii = Make("str_ascii_iterator", Has.All);
    public static readonly PyType Str = Make("str_iterator", Has.All);
    public static readonly PyType Bytes = Make("bytes_iterator", Has.All);
    public static readonly PyType ByteArray = Make("bytearray_iterator", Has.All);
    public static readonly PyType LongRange = Make("longrange_iterator", Has.All);
    public static readonly PyType Set = Make("set_iterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType DictKey = Make("dict_keyiterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType DictValue = Make("dict_valueiterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType DictItem = Make("dict_itemiterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType DictReverseKey = Make("dict_reversekeyiterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType DictReverseValue = Make("dict_reversevalueiterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType DictReverseItem = Make("dict_reverseitemiterator", Has.LengthHint | Has.Reduce);
    public static readonly PyType Reversed = Make("reversed", Has.All);
    public static readonly PyType Memory = Make("memory_iterator", Has.Next);
    public static readonly PyType Range = Make("range_iterator", Has.All);
    public static readonly PyType Callable = Make("callable_iterator", Has.Reduce);
    public static readonly PyType Enumerate = Make("enumerate", Has.Reduce);
    public static readonly PyType Zip = Make("zip", Has.Reduce | Has.SetState);
    public static readonly PyType Map = Make("map", Has.Reduce);
    public static readonly PyType Filter = Make("filter", Has.Reduce);
    /// <summary>CPython's sequence iterator (iter() of an object with only __getitem__) is named "iterator".</summary>
    public static readonly PyType Sequence = WithMethods(PyType.IteratorType, Has.All);

    private static PyType Make(string name, Has has) => WithMethods(new PyType(name, new[] { PyType.ObjectType }), has);

    private static PyType WithMethods(PyType t, Has has)
    {
        t.Allocator = null;   // made only by the objects they iterate: "cannot create 'list_iterator' instances"
        AddMethods(t, has);
        return t;
    }

    private static void AddMethods(PyType t, Has has)
    {
        string name = t.Name;
        t.Dict["__iter__"] = new PyMethodDescriptor(t, "__iter__", (self, a, k) => { NoArgs(a, k); return self; })
            { Fast0 = static self => self };
        t.Dict["__next__"] = new PyMethodDescriptor(t, "__next__", (self, a, k) => { NoArgs(a, k); return Next(self); })
            { Fast0 = Next };
        if ((has & Has.LengthHint) != 0)
            t.Dict["__length_hint__"] = new PyMethodDescriptor(t, "__length_hint__", (self, a, k) =>
            {
                NoArgs(name, "__length_hint__", a, k);
                return self is IIteratorState s ? s.LengthHint() : PyNotImplemented.Instance;
            });
        if ((has & Has.Reduce) != 0)
            t.Dict["__reduce__"] = new PyMethodDescriptor(t, "__reduce__", (self, a, k) =>
            {
                NoArgs(name, "__reduce__", a, k);
                return self is IIteratorState s ? s.Reduce() : throw Ops.TypeError($"cannot pickle '{name}' object");
            });
        if ((has & Has.SetState) != 0)
            t.Dict["__setstate__"] = new PyMethodDescriptor(t, "__setstate__", (self, a, k) =>
            {
                if (k is { Length: > 0 }) throw Ops.TypeError($"{name}.__setstate__() takes no keyword arguments");
                if (a.Length != 1) throw Ops.TypeError($"{name}.__setstate__() takes exactly one argument ({a.Length} given)");
                if (self is IIteratorState s) s.SetState(a[0]);
                return PyNone.Instance;
            });
        t.Changed();
    }

    private static void NoArgs(PyObject[] a, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError("wrapper takes no keyword arguments");
        if (a.Length != 0) throw Ops.TypeError($"expected 0 arguments, got {a.Length}");
    }

    private static void NoArgs(string type, string method, PyObject[] a, string[]? k)
    {
        if (k is { Length: > 0 }) throw Ops.TypeError($"{type}.{method}() takes no keyword arguments");
        if (a.Length != 0) throw Ops.TypeError($"{type}.{method}() takes no arguments ({a.Length} given)");
    }

    private static PyObject Next(PyObject self)
    {
        if (((PyIterator)self).TryNext(out var v)) return v;
        throw new PythonException(ExceptionTypes.Make(ExceptionTypes.StopIteration));
    }

    /// <summary>The index a <c>__setstate__</c> gets: an int (a C ssize_t in CPython).</summary>
    public static long StateIndex(PyObject state)
    {
        if (state is PyInt i) return i.Value;
        if (Ops.IsIntLike(state))
        {
            var b = Ops.ToBig(state);
            if (b > long.MaxValue || b < long.MinValue)
                throw Ops.Error(ExceptionTypes.OverflowError, "Python int too large to convert to C ssize_t");
            return (long)b;
        }
        throw Ops.TypeError("an integer is required");
    }

    private static PyObject Builtin(string name) => Builtins.Module.Cells[name].Value!;

    /// <summary><c>(iter, (source,))</c>: how an exhausted or listed iterator pickles.</summary>
    public static PyObject ReduceIter(PyObject source) =>
        new PyTuple(new[] { Builtin("iter"), new PyTuple(new[] { source }) });

    /// <summary><c>(callable, (source,), index)</c>: an iterator resumed by <c>__setstate__(index)</c>.</summary>
    public static PyObject ReduceAt(string callable, PyObject source, long index) =>
        ReduceAt(callable, source, PyInt.Get(index));

    public static PyObject ReduceAt(string callable, PyObject source, PyObject index) =>
        new PyTuple(new[] { Builtin(callable), new PyTuple(new[] { source }), index });

    /// <summary><c>(iter, ([remaining items],))</c>: set and dict iterators pickle what they have left.</summary>
    public static PyObject ReduceRemaining(PyIterator copy)
    {
        var l = new PyList();
        while (copy.TryNext(out var v)) l.Append(v);
        return ReduceIter(l);
    }
}
