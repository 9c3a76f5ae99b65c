using Krait.Runtime;

namespace Krait.Modules.Data;

/// <summary>A hash object: hashlib's HASH / HASHXOF / blake2 instances around a managed algorithm.</summary>
public sealed class PyHash : PyObject
{
    internal readonly HashAlgorithm Algorithm;
    private readonly PyType _type;
    internal PyHash(HashAlgorithm algorithm, PyType type) { Algorithm = algorithm; _type = type; }
    public override PyType Type => _type;
    public override string Repr() => $"<{Algorithm.Name} {_type.Module}.{_type.Name} object @ 0x{Ops.Id(this):x}>";
}

/// <summary>hashlib: md5, sha1, SHA-2, SHA-3/SHAKE and BLAKE2 in managed code, new(), pbkdf2_hmac, file_digest.
/// Also the `_operator._compare_digest` that CPython's hmac.py falls back to without OpenSSL.</summary>
public static class HashlibModule
{
    public static readonly PyType HashType = MakeHashType("HASH", "_hashlib", xof: false);
    public static readonly PyType HashXofType = MakeHashType("HASHXOF", "_hashlib", xof: true);
    public static readonly PyType Blake2bType = MakeBlake2Type("blake2b", 64, 16);
    public static readonly PyType Blake2sType = MakeBlake2Type("blake2s", 32, 8);

    private static readonly string[] s_names =
    {
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512",
        "shake_128", "shake_256", "blake2b", "blake2s",
    };

    private static void Feed(HashAlgorithm h, PyObject data)
    {
        if (data is PyStr) throw Ops.TypeError("Strings must be encoded before hashing");
        if (data is not (PyBytes or PyByteArray or PyMemoryView or PyArray))
            throw Ops.TypeError("object supporting the buffer API required");
        h.Update(DataArgs.Buffer(data));
    }

    private static PyType TypeFor(HashAlgorithm h) => h switch
    {
        Blake2b => Blake2bType,
        Blake2s => Blake2sType,
        Keccak k when k.IsShake => HashXofType,
        _ => HashType,
    };

    internal static PyHash Wrap(HashAlgorithm h) => new(h, TypeFor(h));

    private static PyObject Hex(byte[] d) => new PyStr(Convert.ToHexString(d).ToLowerInvariant());

    private static byte[] XofDigest(PyHash self, PyObject[] a, string[]? k, string name)
    {
        var p = NativeArgs.Bind(name, a, k, new[] { "length" }, 1);
        long n = NativeArgs.Int(p[0]!);
        if (n < 0) throw Ops.Error(ExceptionTypes.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return ((Keccak)self.Algorithm).Squeeze((int)n);
    }

    private static void CommonMethods(PyType t, bool xof)
    {
        NativeModule.Method(t, "update", (self, a, k) =>
        {
            NativeArgs.Exactly(t.Name + ".update", a, k, 1);
            Feed(((PyHash)self).Algorithm, a[0]);
            return PyNone.Instance;
        });
        if (xof)
        {
            NativeModule.Method(t, "digest", (self, a, k) => new PyBytes(XofDigest((PyHash)self, a, k, "digest")));
            NativeModule.Method(t, "hexdigest", (self, a, k) => Hex(XofDigest((PyHash)self, a, k, "hexdigest")));
        }
        else
        {
            NativeModule.Method(t, "digest", (self, a, k) => { NativeArgs.Exactly("digest", a, k, 0); return new PyBytes(((PyHash)self).Algorithm.Digest()); });
            NativeModule.Method(t, "hexdigest", (self, a, k) => { NativeArgs.Exactly("hexdigest", a, k, 0); return Hex(((PyHash)self).Algorithm.Digest()); });
        }
        NativeModule.Method(t, "copy", (self, a, k) =>
        {
            NativeArgs.Exactly("copy", a, k, 0);
            var h = (PyHash)self;
            return new PyHash(h.Algorithm.Clone(), h.Type);
        });
        t.Dict["name"] = new PyProperty(new PyBuiltinFunction("name", (a, k) => new PyStr(((PyHash)a[0]).Algorithm.Name)), null, null);
        t.Dict["digest_size"] = new PyProperty(new PyBuiltinFunction("digest_size", (a, k) => PyInt.Get(((PyHash)a[0]).Algorithm.DigestSize)), null, null);
        t.Dict["block_size"] = new PyProperty(new PyBuiltinFunction("block_size", (a, k) => PyInt.Get(((PyHash)a[0]).Algorithm.BlockSize)), null, null);
    }

    private static PyType MakeHashType(string name, string module, bool xof)
    {
        var t = new PyType(name, new[] { PyType.ObjectType }) { Module = module };
        CommonMethods(t, xof);
        return t;
    }

    private static PyType MakeBlake2Type(string name, int maxDigest, int maxSalt)
    {
        var t = new PyType(name, new[] { PyType.ObjectType }) { Module = "_blake2" };
        CommonMethods(t, false);
        t.Constructor = (a, k) => NewBlake2(name, maxDigest, maxSalt, a, k);
        t.Dict["SALT_SIZE"] = PyInt.Get(maxSalt);
        t.Dict["PERSON_SIZE"] = PyInt.Get(maxSalt);
        t.Dict["MAX_KEY_SIZE"] = PyInt.Get(maxDigest);
        t.Dict["MAX_DIGEST_SIZE"] = PyInt.Get(maxDigest);
        return t;
    }

    private static readonly string[] s_blake2Params =
    {
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
        "node_depth", "inner_size", "last_node", "usedforsecurity",
    };

    private static PyObject NewBlake2(string name, int maxDigest, int maxSalt, PyObject[] a, string[]? k)
    {
        var p = NativeArgs.Bind(name, a, k, s_blake2Params, 0, kwOnlyFrom: 1, posOnly: 1);
        long size = DataArgs.Index(p[1], maxDigest);
        if (size < 1 || size > maxDigest) throw Ops.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
        var key = p[2] == null ? ReadOnlySpan<byte>.Empty : DataArgs.Buffer(p[2]!);
        var salt = p[3] == null ? ReadOnlySpan<byte>.Empty : DataArgs.Buffer(p[3]!);
        var person = p[4] == null ? ReadOnlySpan<byte>.Empty : DataArgs.Buffer(p[4]!);
        if (key.Length > maxDigest) throw Ops.ValueError($"maximum key length is {maxDigest} bytes");
        if (salt.Length > maxSalt) throw Ops.ValueError($"maximum salt length is {maxSalt} bytes");
        if (person.Length > maxSalt) throw Ops.ValueError($"maximum person length is {maxSalt} bytes");
        if (DataArgs.Index(p[5], 1) != 1 || DataArgs.Index(p[6], 1) != 1 || DataArgs.Index(p[7], 0) != 0
            || DataArgs.Index(p[8], 0) != 0 || DataArgs.Index(p[9], 0) != 0 || DataArgs.Index(p[10], 0) != 0
            || DataArgs.Truth(p[11], false))
            throw Ops.Error(ExceptionTypes.NotImplementedError, "BLAKE2 tree hashing parameters are not supported by Krait");
        HashAlgorithm h = maxDigest == 64 ? new Blake2b((int)size, key, salt, person) : new Blake2s((int)size, key, salt, person);
        if (p[0] != null) Feed(h, p[0]!);
        return Wrap(h);
    }

    internal static HashAlgorithm NewAlgorithm(string name) =>
        HashAlgorithm.Create(name) ?? HashAlgorithm.Create(name.ToLowerInvariant())
        ?? throw Ops.ValueError("unsupported hash type " + name);

    private static PyObject Constructor(string name, PyObject[] a, string[]? k)
    {
        // CPython's OpenSSL constructors call the data argument "string"; "data" is the builtin modules' name.
        var names = new[] { "string", "usedforsecurity", "data" };
        if (k != null) for (int i = 0; i < k.Length; i++) if (k[i] == "data") k[i] = "string";
        var p = NativeArgs.Bind("openssl_" + name, a, k, names, 0, kwOnlyFrom: 1);
        var h = NewAlgorithm(name);
        if (p[0] != null) Feed(h, p[0]!);
        return Wrap(h);
    }

    public static byte[] Pbkdf2(string hashName, ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, long iterations, long dklen)
    {
        var proto = NewAlgorithm(hashName);
        int bs = proto.BlockSize;
        var key = password.Length > bs ? Digest(proto.Clone(), password) : password.ToArray();
        var ipad = new byte[bs];
        var opad = new byte[bs];
        for (int i = 0; i < bs; i++)
        {
            byte kb = i < key.Length ? key[i] : (byte)0;
            ipad[i] = (byte)(kb ^ 0x36);
            opad[i] = (byte)(kb ^ 0x5C);
        }
        var inner = proto.Clone(); inner.Update(ipad);
        var outer = proto.Clone(); outer.Update(opad);
        int hlen = proto.DigestSize;
        var result = new byte[dklen];
        var counter = new byte[4];
        for (int block = 1, pos = 0; pos < dklen; block++)
        {
            counter[0] = (byte)(block >> 24); counter[1] = (byte)(block >> 16); counter[2] = (byte)(block >> 8); counter[3] = (byte)block;
            var h = inner.Clone(); h.Update(salt); h.Update(counter);
            var u = Mac(outer, h.Digest());
            var t = (byte[])u.Clone();
            for (long it = 1; it < iterations; it++)
            {
                var hi = inner.Clone(); hi.Update(u);
                u = Mac(outer, hi.Digest());
                for (int j = 0; j < t.Length; j++) t[j] ^= u[j];
            }
            int n = (int)Math.Min(hlen, dklen - pos);
            Array.Copy(t, 0, result, pos, n);
            pos += n;
        }
        return result;
    }

    private static byte[] Mac(HashAlgorithm outer, byte[] innerDigest)
    {
        var o = outer.Clone();
        o.Update(innerDigest);
        return o.Digest();
    }

    private static byte[] Digest(HashAlgorithm h, ReadOnlySpan<byte> data) { h.Update(data); return h.Digest(); }

    /// <summary>hmac.compare_digest: a comparison whose time does not depend on where the inputs differ.</summary>
    public static PyObject CompareDigest(PyObject[] a, string[]? k)
    {
        NativeArgs.Count("_compare_digest", a, k, 2, 2);
        PyObject x = a[0], y = a[1];
        byte[] bx, by;
        if (x is PyStr sx && y is PyStr sy)
        {
            foreach (char c in sx.Value + sy.Value)
                if (c >= 0x80) throw Ops.TypeError("comparing strings with non-ASCII characters is not supported");
            bx = System.Text.Encoding.Latin1.GetBytes(sx.Value);
            by = System.Text.Encoding.Latin1.GetBytes(sy.Value);
        }
        else if (x is PyStr || y is PyStr || !BytesMethods.IsBuffer(x) && x is not PyArray || !BytesMethods.IsBuffer(y) && y is not PyArray)
            throw Ops.TypeError($"unsupported operand types(s) or combination of types: '{x.Type.TpName}' and '{y.Type.TpName}'");
        else
        {
            bx = DataArgs.Buffer(x).ToArray();
            by = DataArgs.Buffer(y).ToArray();
        }
        int diff = bx.Length ^ by.Length;
        var left = by.Length == bx.Length ? bx : by;
        for (int i = 0; i < by.Length; i++) diff |= left[i] ^ by[i];
        return PyBool.Get(diff == 0);
    }

    public static PyModule Create()
    {
        var m = NativeModule.New("hashlib");
        foreach (var name in s_names)
        {
            if (name.StartsWith("blake2")) continue;
            string n = name;
            var f = new PyBuiltinFunction("openssl_" + n, (a, k) => Constructor(n, a, k));
            m.Set(n, f);
        }
        m.Set("blake2b", Blake2bType);
        m.Set("blake2s", Blake2sType);
        NativeModule.Def(m, "new", (a, k) =>
        {
            var p = NativeArgs.Bind("new", a, k, new[] { "name", "data", "usedforsecurity" }, 1, kwOnlyFrom: 2);
            if (p[0] is not PyStr ps) throw Ops.TypeError($"new() argument 'name' must be str, not {p[0]!.Type.TpName}");
            string name = ps.Value;
            if (name is "blake2b" or "blake2s")
                return NewBlake2(name, name == "blake2b" ? 64 : 32, name == "blake2b" ? 16 : 8, p[1] == null ? Array.Empty<PyObject>() : new[] { p[1]! }, null);
            var h = NewAlgorithm(name);
            if (p[1] != null) Feed(h, p[1]!);
            return Wrap(h);
        });
        NativeModule.Def(m, "pbkdf2_hmac", (a, k) =>
        {
            var p = NativeArgs.Bind("pbkdf2_hmac", a, k, new[] { "hash_name", "password", "salt", "iterations", "dklen" }, 4);
            if (p[0] is not PyStr hn) throw Ops.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {p[0]!.Type.TpName}");
            var password = DataArgs.Buffer(p[1]!).ToArray();
            var salt = DataArgs.Buffer(p[2]!).ToArray();
            long iterations = NativeArgs.Int(p[3]!);
            if (iterations < 1) throw Ops.ValueError("iteration value must be greater than 0.");
            // CPython reports an unknown digest here with OpenSSL's text.
            var proto = HashAlgorithm.Create(hn.Value.ToLowerInvariant()) ?? throw Ops.ValueError("[digital envelope routines] unsupported");
            long dklen = p[4] == null || p[4] == PyNone.Instance ? proto.DigestSize : NativeArgs.Int(p[4]!);
            if (dklen < 1) throw Ops.ValueError("key length must be greater than 0.");
            return new PyBytes(Pbkdf2(hn.Value, password, salt, iterations, dklen));
        });
        NativeModule.Def(m, "file_digest", (a, k) =>
        {
            var p = NativeArgs.Bind("file_digest", a, k, new[] { "fileobj", "digest" }, 2, posOnly: 2);
            var d = p[1]!;
            PyObject hobj = d is PyStr ds ? Wrap(NewAlgorithm(ds.Value)) : d.Call0();
            var readinto = p[0]!.GetAttr("read");
            while (true)
            {
                var chunk = readinto.Call1(PyInt.Get(1 << 18));
                if (chunk.Len() == 0) break;
                hobj.GetAttr("update").Call1(chunk);
            }
            return hobj;
        });
        var names = new PySet();
        foreach (var n in s_names) names.Add(new PyStr(n));
        m.Set("algorithms_guaranteed", names);
        var avail = new PySet();
        foreach (var n in s_names) avail.Add(new PyStr(n));
        avail.Add(new PyStr("sha512_224"));
        avail.Add(new PyStr("sha512_256"));
        m.Set("algorithms_available", avail);
        var all = new List<PyObject>();
        foreach (var n in s_names) all.Add(new PyStr(n));
        foreach (var n in new[] { "new", "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest" }) all.Add(new PyStr(n));
        m.Set("__all__", new PyTuple(all.ToArray()));
        return m;
    }

    /// <summary>The `_operator` module CPython's Lib modules import: operator's functions plus _compare_digest.</summary>
    public static PyModule CreateOperatorC()
    {
        var m = OperatorModule.Create();
        m.Set("__name__", new PyStr("_operator"));
        NativeModule.Def(m, "_compare_digest", CompareDigest);
        return m;
    }
}
