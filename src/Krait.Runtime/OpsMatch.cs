namespace Krait.Runtime;

/// <summary>The runtime half of the match statement: sequence, mapping and class pattern checks (CPython's
/// MATCH_SEQUENCE / MATCH_MAPPING / MATCH_KEYS / MATCH_CLASS), each returning the values the sub-patterns
/// match against, or null when the subject does not match.</summary>
public static partial class Ops
{
    private static bool HasBaseNamed(PyType t, string a, string b, string c)
    {
        foreach (var m in t.Mro)
            if (m.Name == a || m.Name == b || m.Name == c) return true;
        return false;
    }

    /// <summary>Sequences for pattern matching: list, tuple, range, deque, array, memoryview and
    /// collections.abc.Sequence classes; never str, bytes or bytearray.</summary>
    private static bool IsMatchSequence(PyObject o)
    {
        if (o is PyList or PyTuple) return true;
        var t = o.Type;
        if (t.IsSubtypeOf(PyType.StrType) || t.IsSubtypeOf(PyType.BytesType) || t.IsSubtypeOf(PyType.ByteArrayType)) return false;
        if (t.IsSubtypeOf(PyType.ListType) || t.IsSubtypeOf(PyType.TupleType) || t.IsSubtypeOf(PyType.RangeType)) return true;
        return HasBaseNamed(t, "deque", "array", "memoryview") || HasBaseNamed(t, "Sequence", "MutableSequence", "Sequence");
    }

    private static bool IsMatchMapping(PyObject o)
    {
        if (o is PyDict) return true;
        var t = o.Type;
        return t.IsSubtypeOf(PyType.DictType) || HasBaseNamed(t, "Mapping", "MutableMapping", "mappingproxy");
    }

    /// <summary>A sequence pattern of <paramref name="count"/> fixed sub-patterns (plus a star one when
    /// <paramref name="star"/>): the subject's items, or null.</summary>
    public static PyObject[]? MatchSequenceItems(PyObject subject, int count, bool star)
    {
        if (!IsMatchSequence(subject)) return null;
        PyObject[] items = subject switch
        {
            PyTuple t => t.Items,
            PyList l => l.ToArray(),
            _ => ToArray(subject),
        };
        if (star ? items.Length < count : items.Length != count) return null;
        return items;
    }

    /// <summary>The list a star sub-pattern captures: items[start .. Length - after).</summary>
    public static PyObject MatchStarList(PyObject[] items, int start, int after)
    {
        int n = items.Length - after - start;
        var arr = new PyObject[n];
        Array.Copy(items, start, arr, 0, n);
        return new PyList(arr);
    }

    public static bool MatchMappingCheck(PyObject subject, int keyCount)
    {
        if (!IsMatchMapping(subject)) return false;
        if (keyCount == 0) return true;
        return subject.Len() >= keyCount;
    }

    private static readonly PyObject s_matchMissing = new PyStr("<missing>");

    /// <summary>The values for the mapping pattern's keys, or null when one is missing.</summary>
    public static PyObject[]? MatchMappingValues(PyObject subject, PyObject[] keys)
    {
        var values = new PyObject[keys.Length];
        var seen = new PyDict();
        PyObject? get = subject is PyDict ? null : subject.GetAttr("get");
        for (int i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (seen.TryGet(k) != null) throw ValueError($"mapping pattern checks duplicate key ({Repr(k)})");
            seen.SetItem(k, PyNone.Instance);
            PyObject? v;
            if (subject is PyDict d) v = d.TryGet(k);
            else
            {
                v = get!.Call(new[] { k, s_matchMissing }, null);
                if (v == s_matchMissing) v = null;
            }
            if (v == null) return null;
            values[i] = v;
        }
        return values;
    }

    /// <summary>**rest of a mapping pattern: a new dict of the subject's other items.</summary>
    public static PyObject MatchMappingRest(PyObject subject, PyObject[] keys)
    {
        var rest = new PyDict();
        if (subject is PyDict d) DictUpdate(rest, d);
        else MergeDisplay(rest, subject);
        foreach (var k in keys) rest.Table.Remove(k, out _);
        return rest;
    }

    private static readonly PyType[] s_matchSelfTypes =
    {
        PyType.BoolType, PyType.ByteArrayType, PyType.BytesType, PyType.DictType, PyType.FloatType,
        PyType.FrozenSetType, PyType.IntType, PyType.ListType, PyType.SetType, PyType.StrType, PyType.TupleType,
    };

    /// <summary>A class pattern <c>cls(p0, .., k=p, ..)</c>: the attribute values for the positional then the
    /// keyword sub-patterns, or null when the subject is not an instance or lacks an attribute.</summary>
    public static PyObject[]? MatchClass(PyObject subject, PyObject cls, int positional, string[] keywords)
    {
        if (cls is not PyType t) throw TypeError("called match pattern must be a type");
        if (!subject.Type.IsSubtypeOf(t)) return null;
        var values = new PyObject[positional + keywords.Length];
        var names = positional > 0 || keywords.Length > 1 ? new List<string>() : null;
        if (positional > 0)
        {
            var matchArgs = t.Lookup("__match_args__");
            if (matchArgs == null)
            {
                bool self = false;
                foreach (var st in s_matchSelfTypes)
                    if (t.IsSubtypeOf(st)) { self = true; break; }
                if (!self || positional > 1)
                {
                    int allowed = self ? 1 : 0;
                    throw TypeError($"{t.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({positional} given)");
                }
                values[0] = subject;
            }
            else
            {
                if (matchArgs is not PyTuple tup)
                    throw TypeError($"{t.Name}.__match_args__ must be a tuple (got {matchArgs.Type.TpName})");
                if (positional > tup.Items.Length)
                {
                    int n = tup.Items.Length;
                    throw TypeError($"{t.Name}() accepts {n} positional sub-pattern{(n == 1 ? "" : "s")} ({positional} given)");
                }
                for (int i = 0; i < positional; i++)
                {
                    if (tup.Items[i] is not PyStr name)
                        throw TypeError($"__match_args__ elements must be strings (got {tup.Items[i].Type.TpName})");
                    if (names!.Contains(name.Value))
                        throw TypeError($"{t.Name}() got multiple sub-patterns for attribute '{name.Value}'");
                    names.Add(name.Value);
                    if (!subject.TryGetAttr(name.Value, out var v)) return null;
                    values[i] = v;
                }
            }
        }
        for (int i = 0; i < keywords.Length; i++)
        {
            var name = keywords[i];
            if (names != null)
            {
                if (names.Contains(name))
                    throw TypeError($"{t.Name}() got multiple sub-patterns for attribute '{name}'");
                names.Add(name);
            }
            if (!subject.TryGetAttr(name, out var v)) return null;
            values[positional + i] = v;
        }
        return values;
    }
}
