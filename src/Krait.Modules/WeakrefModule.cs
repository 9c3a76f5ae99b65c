using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The _weakref module: weak references over .NET's collector. A ref holds a short
/// <see cref="WeakReference{T}"/> to its object; each referenced object has a <see cref="Referents"/> record
/// attached through a ConditionalWeakTable, which lists its refs and whose finalizer runs once the object is
/// unreachable. That finalizer (on .NET's finalizer thread) only queues the refs that have callbacks; the
/// callbacks run on the program's thread at the next gc.collect() or weakref operation. So where CPython clears
/// a ref as soon as the last strong reference goes, Krait clears it at the next collection.</summary>
public static class WeakrefModule
{
    public static readonly PyType RefType = NativeModule.Type("weakref", "ReferenceType");

    private static readonly ConditionalWeakTable<PyObject, Referents> s_referents = new();
    private static readonly ConcurrentQueue<PyWeakRef> s_pending = new();

    public static PyModule Create()
    {
        var m = NativeModule.New("_weakref");
        m.Set("ref", RefType);
        m.Set("ReferenceType", RefType);
        NativeModule.Def(m, "getweakrefcount", (a, k) =>
        {
            NativeArgs.Exactly("getweakrefcount", a, k, 1);
            RunPendingCallbacks();
            return PyInt.Get(s_referents.TryGetValue(a[0], out var r) ? r.Live().Count : 0);
        });
        NativeModule.Def(m, "getweakrefs", (a, k) =>
        {
            NativeArgs.Exactly("getweakrefs", a, k, 1);
            RunPendingCallbacks();
            return new PyList(s_referents.TryGetValue(a[0], out var r) ? r.Live().ToArray() : Array.Empty<PyObject>());
        });
        NativeModule.Def(m, "_collect_and_run_callbacks", (a, k) => { GcModule.Collect(); return PyNone.Instance; });
        return m;
    }

    static WeakrefModule()
    {
        RefType.Constructor = (a, k) =>
        {
            var p = NativeArgs.Bind("ref", a, k, new[] { "object", "callback" }, 1);
            if (k != null && k.Length > 0) throw Ops.TypeError("ref() takes no keyword arguments");
            var target = p[0]!;
            var callback = p[1] is null || p[1] == PyNone.Instance ? null : p[1];
            return MakeRef(target, callback);
        };
        NativeModule.Method(RefType, "__call__", (self, a, k) =>
        {
            NativeArgs.Exactly("weakref", a, k, 0);
            return ((PyWeakRef)self).Target() ?? PyNone.Instance;
        });
    }

    public static PyWeakRef MakeRef(PyObject target, PyObject? callback)
    {
        if (!CanReference(target)) throw Ops.TypeError($"cannot create weak reference to '{target.Type.TpName}' object");
        RunPendingCallbacks();
        var referents = s_referents.GetValue(target, static _ => new Referents());
        if (callback == null && referents.Basic != null && referents.Basic.TryGetTarget(out var basic)) return basic;
        var r = new PyWeakRef(target, callback);
        referents.Add(r);
        if (callback == null) referents.Basic = new WeakReference<PyWeakRef>(r);
        return r;
    }

    /// <summary>Values CPython cannot reference weakly: the built-in value types without a weakref slot.</summary>
    private static bool CanReference(PyObject o) =>
        o is not (PyInt or PyBigInt or PyBool or PyFloat or PyComplex or PyStr or PyBytes or PyByteArray
            or PyTuple or PyList or PyDict or PyNone);

    /// <summary>Runs the callbacks of refs whose objects were collected; true when any ran.</summary>
    public static bool RunPendingCallbacks()
    {
        bool any = false;
        while (s_pending.TryDequeue(out var r))
        {
            var cb = r.Callback;
            if (cb == null) continue;
            r.Callback = null;
            any = true;
            try { cb.Call1(r); }
            catch (PythonException e) { ExitFunctions.ReportUnraisable("Exception ignored in: " + SafeRepr(cb), e.Value); }
        }
        return any;
    }

    private static string SafeRepr(PyObject o)
    {
        try { return Ops.Repr(o); }
        catch (PythonException) { return "<object repr() failed>"; }
    }

    /// <summary>The refs to one object. Its finalizer runs when the object has become unreachable (the table
    /// holds it only while the object lives) and queues the callbacks of the refs that are still alive.</summary>
    private sealed class Referents
    {
        // GC handles rather than WeakReference objects: a WeakReference unreachable together with this record
        // may be finalized (and emptied) before this record's finalizer reads it.
        private readonly List<GCHandle> _refs = new();
        public WeakReference<PyWeakRef>? Basic;

        public void Add(PyWeakRef r)
        {
            lock (_refs)
            {
                if (_refs.Count > 8)
                    for (int i = _refs.Count - 1; i >= 0; i--)
                        if (_refs[i].Target == null) { _refs[i].Free(); _refs.RemoveAt(i); }
                _refs.Add(GCHandle.Alloc(r, GCHandleType.Weak));
            }
        }

        public List<PyObject> Live()
        {
            var list = new List<PyObject>();
            lock (_refs)
                foreach (var h in _refs)
                    if (h.Target is PyWeakRef r) list.Add(r);
            return list;
        }

        ~Referents()
        {
            lock (_refs)
            {
                // CPython calls the newest ref's callback first.
                for (int i = _refs.Count - 1; i >= 0; i--)
                {
                    if (_refs[i].Target is PyWeakRef r && r.Callback != null) s_pending.Enqueue(r);
                    _refs[i].Free();
                }
                _refs.Clear();
            }
        }
    }
}

/// <summary>weakref.ref: calls give the object or None once it is gone; hash and equality follow the object
/// while it lives.</summary>
public sealed class PyWeakRef : PyObject
{
    private readonly WeakReference<PyObject> _target;
    public PyObject? Callback;
    private long _hash;
    private bool _hashed;

    public PyWeakRef(PyObject target, PyObject? callback)
    {
        _target = new WeakReference<PyObject>(target);
        Callback = callback;
    }

    public override PyType Type => WeakrefModule.RefType;

    public PyObject? Target() => _target.TryGetTarget(out var t) ? t : null;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__callback__") { value = Callback ?? PyNone.Instance; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override PyObject Call(PyObject[] args, string[]? kwnames)
    {
        if (args.Length != 0 || (kwnames != null && kwnames.Length > 0))
            throw Ops.TypeError($"weakref() takes exactly 0 positional arguments ({args.Length} given)");
        return Target() ?? PyNone.Instance;
    }

    public override PyObject Call0() => Target() ?? PyNone.Instance;

    public override long Hash()
    {
        if (_hashed) return _hash;
        var t = Target() ?? throw Ops.TypeError("weak object has gone away");
        _hash = Ops.Hash(t);
        _hashed = true;
        return _hash;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if ((op != CompareOp.Eq && op != CompareOp.Ne) || other is not PyWeakRef o) return PyNotImplemented.Instance;
        var a = Target();
        var b = o.Target();
        bool eq = a == null || b == null ? ReferenceEquals(this, o) : Ops.EqBool(a, b);
        return PyBool.Get(op == CompareOp.Eq ? eq : !eq);
    }

    public override string Repr()
    {
        var t = Target();
        if (t == null) return $"<weakref at 0x{Ops.Id(this):x}; dead>";
        string name = "";
        try
        {
            if (t.TryGetAttr("__name__", out var n) && n is PyStr s) name = $" ({s.Value})";
        }
        catch (PythonException) { }
        return $"<weakref at 0x{Ops.Id(this):x}; to '{t.Type.TpName}' at 0x{Ops.Id(t):x}{name}>";
    }
}
