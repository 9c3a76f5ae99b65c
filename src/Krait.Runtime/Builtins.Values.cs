namespace Krait.Runtime;

/// <summary>Constructors of the built-in value types that take more than one form.</summary>
public static partial class Builtins
{
    /// <summary>str(object='', encoding=..., errors=...): with an encoding or errors the object must be bytes-like.</summary>
    private static PyObject StrConstruct(PyObject[] a, string[]? k)
    {
        int np = a.Length - (k?.Length ?? 0);
        if (np > 3) throw Ops.TypeError($"str() takes at most 3 arguments ({a.Length} given)");
        PyObject? obj = np > 0 ? a[0] : null, enc = np > 1 ? a[1] : null, err = np > 2 ? a[2] : null;
        if (k != null)
            for (int i = 0; i < k.Length; i++)
            {
                var v = a[np + i];
                switch (k[i])
                {
                    case "object": obj = v; break;
                    case "encoding": enc = v; break;
                    case "errors": err = v; break;
                    default: throw Ops.TypeError($"'{k[i]}' is an invalid keyword argument for str()");
                }
            }
        if (obj == null) return PyStr.Empty;
        if (enc == null && err == null) return Ops.StrObj(obj);
        string encoding = enc == null ? "utf-8" : enc is PyStr es ? es.Value
            : throw Ops.TypeError($"str() argument 'encoding' must be str, not {enc.Type.TpName}");
        string errors = err == null ? "strict" : err is PyStr rs ? rs.Value
            : throw Ops.TypeError($"str() argument 'errors' must be str, not {err.Type.TpName}");
        if (obj is PyStr) throw Ops.TypeError("decoding str is not supported");
        if (!BytesMethods.IsBuffer(obj)) throw Ops.TypeError($"decoding to str: need a bytes-like object, {obj.Type.TpName} found");
        return new PyStr(Codecs.Decode(BytesMethods.Buf(obj), encoding, errors));
    }
}
