namespace Krait.Runtime;

/// <summary>str.join: one pass to check the items and add up the length, one copy into the result; list and
/// tuple items are read in place (checking them runs no Python code, so the list cannot change meanwhile).</summary>
public static class StrJoin
{
    public static PyStr Join(PyStr sep, PyObject iterable)
    {
        PyObject[] items;
        int count;
        if (iterable is PyList l) { items = l.Items; count = l.Count; }
        else if (iterable is PyTuple t) { items = t.Items; count = t.Items.Length; }
        else
        {
            try { iterable.Iter(); }
            catch (PythonException e) when (e.Value.Type == ExceptionTypes.TypeError) { throw Ops.TypeError("can only join an iterable"); }
            items = Ops.ToArray(iterable);
            count = items.Length;
        }
        if (count == 0) return PyStr.Empty;
        if (count == 1 && items[0] is PyStr only) return only;
        string sepValue = sep.Value;
        long total = (long)sepValue.Length * (count - 1);
        bool astral = sep.HasAstral;
        for (int i = 0; i < count; i++)
        {
            var item = items[i];
            PyStr s = item as PyStr ?? (item is PyInstance { BaseValue: PyStr bs } ? bs
                : throw Ops.TypeError($"sequence item {i}: expected str instance, {item.Type.TpName} found"));
            total += s.Value.Length;
            astral |= s.HasAstral;
        }
        if (total > int.MaxValue) throw Ops.OverflowError("join() result is too long for a Python string");
        var result = string.Create((int)total, (items, count, sepValue), static (span, st) =>
        {
            var (parts, n, sv) = st;
            int at = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0 && sv.Length > 0)
                {
                    if (sv.Length == 1) span[at] = sv[0];
                    else sv.AsSpan().CopyTo(span.Slice(at));
                    at += sv.Length;
                }
                var part = parts[i] as PyStr ?? ((PyInstance)parts[i]).BaseValue as PyStr;
                var v = part!.Value;
                v.AsSpan().CopyTo(span.Slice(at));
                at += v.Length;
            }
        });
        return new PyStr(result, astral);
    }
}
