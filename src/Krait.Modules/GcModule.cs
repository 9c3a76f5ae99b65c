using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The gc module over .NET's collector. Memory is managed by .NET's tracing GC, which also frees
/// cycles, so there is no reference counting and no Python-level generations: collect() runs a full blocking
/// .NET collection, waits for finalizers and then runs the weakref callbacks they queued, so a weak reference
/// whose object became unreachable is dead afterwards (CPython clears it as soon as the last reference goes;
/// Krait at the next collect()). enable/disable, thresholds and debug flags are recorded and reported but do not
/// steer .NET's collector; get_objects/get_referrers cannot enumerate the heap and return empty lists.</summary>
public static class GcModule
{
    private static bool s_enabled = true;
    private static long s_debug;
    private static long s_t0 = 700, s_t1 = 10, s_t2 = 10;
    private static long s_collections;
    private static PyList? s_callbacks;

    public static PyModule Create()
    {
        var m = NativeModule.New("gc");
        s_callbacks = new PyList();
        m.Set("garbage", new PyList());
        m.Set("callbacks", s_callbacks);
        m.Set("DEBUG_STATS", PyInt.Get(1));
        m.Set("DEBUG_COLLECTABLE", PyInt.Get(2));
        m.Set("DEBUG_UNCOLLECTABLE", PyInt.Get(4));
        m.Set("DEBUG_SAVEALL", PyInt.Get(32));
        m.Set("DEBUG_LEAK", PyInt.Get(38));
        NativeModule.Def(m, "collect", (a, k) =>
        {
            var p = NativeArgs.Bind("collect", a, k, new[] { "generation" }, 0);
            long gen = p[0] == null ? 2 : NativeArgs.Int(p[0]!);
            if (gen < 0 || gen > 2) throw Ops.ValueError("invalid generation");
            var callbacks = m.GetAttr("callbacks");
            RunCallbacks(callbacks, "start", gen);
            Collect();
            RunCallbacks(callbacks, "stop", gen);
            return PyInt.Get(0);
        });
        NativeModule.Def(m, "enable", (a, k) => { NativeArgs.Exactly("enable", a, k, 0); s_enabled = true; return PyNone.Instance; });
        NativeModule.Def(m, "disable", (a, k) => { NativeArgs.Exactly("disable", a, k, 0); s_enabled = false; return PyNone.Instance; });
        NativeModule.Def(m, "isenabled", (a, k) => { NativeArgs.Exactly("isenabled", a, k, 0); return PyBool.Get(s_enabled); });
        NativeModule.Def(m, "get_count", (a, k) =>
        {
            NativeArgs.Exactly("get_count", a, k, 0);
            return new PyTuple(new PyObject[] { PyInt.Get(0), PyInt.Get(0), PyInt.Get(0) });
        });
        NativeModule.Def(m, "get_threshold", (a, k) =>
        {
            NativeArgs.Exactly("get_threshold", a, k, 0);
            return new PyTuple(new PyObject[] { PyInt.Get(s_t0), PyInt.Get(s_t1), PyInt.Get(s_t2) });
        });
        NativeModule.Def(m, "set_threshold", (a, k) =>
        {
            NativeArgs.NoKeywords("set_threshold", k);
            if (a.Length < 1 || a.Length > 3)
                throw Ops.TypeError(a.Length == 0 ? "set_threshold() takes at least 1 argument (0 given)"
                    : $"set_threshold() takes at most 3 arguments ({a.Length} given)");
            s_t0 = NativeArgs.Int(a[0]);
            if (a.Length > 1) s_t1 = NativeArgs.Int(a[1]);
            if (a.Length > 2) s_t2 = NativeArgs.Int(a[2]);
            return PyNone.Instance;
        });
        NativeModule.Def(m, "get_debug", (a, k) => { NativeArgs.Exactly("get_debug", a, k, 0); return PyInt.Get(s_debug); });
        NativeModule.Def(m, "set_debug", (a, k) => { NativeArgs.Exactly("set_debug", a, k, 1); s_debug = NativeArgs.Int(a[0]); return PyNone.Instance; });
        NativeModule.Def(m, "get_stats", (a, k) =>
        {
            NativeArgs.Exactly("get_stats", a, k, 0);
            var list = new PyList();
            for (int g = 0; g < 3; g++)
            {
                var d = new PyDict();
                d.SetItem(new PyStr("collections"), PyInt.Get(g == 2 ? s_collections : 0));
                d.SetItem(new PyStr("collected"), PyInt.Get(0));
                d.SetItem(new PyStr("uncollectable"), PyInt.Get(0));
                list.Append(d);
            }
            return list;
        });
        // The heap cannot be walked from managed code: these report nothing.
        NativeModule.Def(m, "get_objects", (a, k) => new PyList());
        NativeModule.Def(m, "get_referrers", (a, k) => { NativeArgs.NoKeywords("get_referrers", k); return new PyList(); });
        NativeModule.Def(m, "get_referents", (a, k) =>
        {
            NativeArgs.NoKeywords("get_referents", k);
            var list = new PyList();
            foreach (var o in a) Referents(o, list);
            return list;
        });
        NativeModule.Def(m, "is_tracked", (a, k) => { NativeArgs.Exactly("is_tracked", a, k, 1); return PyBool.Get(IsTracked(a[0])); });
        NativeModule.Def(m, "is_finalized", (a, k) => { NativeArgs.Exactly("is_finalized", a, k, 1); return PyBool.False; });
        // freeze() moves objects to a permanent generation in CPython; .NET has none, so it only counts nothing.
        NativeModule.Def(m, "freeze", (a, k) => { NativeArgs.Exactly("freeze", a, k, 0); return PyNone.Instance; });
        NativeModule.Def(m, "unfreeze", (a, k) => { NativeArgs.Exactly("unfreeze", a, k, 0); return PyNone.Instance; });
        NativeModule.Def(m, "get_freeze_count", (a, k) => { NativeArgs.Exactly("get_freeze_count", a, k, 0); return PyInt.Get(0); });
        return m;
    }

    /// <summary>A full blocking collection; finalizers run, then the weakref callbacks they queued.</summary>
    public static void Collect()
    {
        s_collections++;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // Callbacks may drop the last references to more objects.
        if (WeakrefModule.RunPendingCallbacks())
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            WeakrefModule.RunPendingCallbacks();
        }
    }

    private static void RunCallbacks(PyObject callbacks, string phase, long gen)
    {
        if (callbacks is not PyList list || list.Count == 0) return;
        var info = new PyDict();
        info.SetItem(new PyStr("generation"), PyInt.Get(gen));
        info.SetItem(new PyStr("collected"), PyInt.Get(0));
        info.SetItem(new PyStr("uncollectable"), PyInt.Get(0));
        var ph = new PyStr(phase);
        foreach (var cb in list.Items.AsSpan(0, list.Count).ToArray())
            cb.Call2(ph, info);
    }

    private static bool IsTracked(PyObject o) =>
        o is not (PyInt or PyBigInt or PyFloat or PyBool or PyStr or PyBytes or PyNone or PyComplex);

    private static void Referents(PyObject o, PyList into)
    {
        switch (o)
        {
            case PyList l: for (int i = 0; i < l.Count; i++) into.Append(l.Items[i]); break;
            case PyTuple t: foreach (var x in t.Items) into.Append(x); break;
            case PyDict d:
                var it = d.Iter();
                while (it.TryNext(out var key)) { into.Append(key); into.Append(d.GetItem(key)); }
                break;
        }
    }
}
