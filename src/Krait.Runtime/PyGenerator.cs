namespace Krait.Runtime;

/// <summary>A generator: the compiled resume method runs the body from the state it stopped in; locals live in
/// <see cref="Frame"/> across yields. A null result from the resume method means the body returned.
/// <c>throw()</c> and <c>close()</c> resume the body with <see cref="Pending"/> set; the code at each resume
/// point raises it there, so the body's own try/except/finally see it as CPython's do.</summary>
public sealed class PyGenerator : PyIterator
{
    public static readonly PyType GeneratorType = new("generator", new[] { PyType.ObjectType });

    public readonly PyFunction Function;
    public readonly PyObject?[] Frame;
    /// <summary>0 before the first resume, the yield's number while suspended, -1 once finished.</summary>
    public int State;
    public PyObject? ReturnValue;
    /// <summary>The exception throw()/close() raises at the suspended yield.</summary>
    public PyBaseException? Pending;
    /// <summary>The iterator a suspended <c>yield from</c> delegates to (gi_yieldfrom).</summary>
    public PyObject? Delegate;
    /// <summary>The generator a suspended <c>yield from</c> outside any except clause delegates to: the next
    /// steps go to it directly (see <see cref="Step"/>).</summary>
    public PyGenerator? DirectDelegate;
    /// <summary>The compiled resume method (a function pointer: no delegate thunk per step).</summary>
    private readonly nint _resume;
    private bool _running;
    /// <summary>Made at the first suspension of a generator that can observe close(): when the generator
    /// becomes unreachable, so does its guard, whose .NET finalizer queues the generator to be closed.</summary>
    private GeneratorGuard? _guard;
    /// <summary>gi_frame: one frame object while the generator lives, as in CPython.</summary>
    private PyFrame? _frameObject;

    private sealed class GeneratorGuard
    {
        private readonly PyGenerator _g;
        public GeneratorGuard(PyGenerator g) { _g = g; Finalization.Armed = true; }
        ~GeneratorGuard()
        {
            if (_g.State > 0) Finalization.Enqueue(_g);
        }
    }

    public PyGenerator(PyFunction function, int frameSize, nint resume)
    {
        Function = function;
        Frame = new PyObject?[frameSize];
        _resume = resume;
    }

    public override PyType Type => GeneratorType;
    public override string Repr() => $"<generator object {Function.QualName} at 0x{Ops.Id(this):x}>";

    public bool Running => _running;

    /// <summary>Runs to the next yield; null when the generator is exhausted (now or before).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public PyObject? Step(PyObject sent)
    {
        if (State < 0) return null;
        if (_running) throw Ops.ValueError("generator already executing");
        // Suspended in `yield from` another generator: step that one directly while it keeps yielding, so a
        // chain of delegating generators costs one call per level, not a resume of each body.
        var d = DirectDelegate;
        if (d != null && Pending == null)
        {
            var v = StepDelegate(d, sent);
            if (v != null) return v;
        }
        return Resume(sent);
    }

    /// <summary>One step of the generator this one delegates to. Null when it finished or raised: the body
    /// then resumes at its <c>yield from</c>, which takes the return value, or raises the exception (left in
    /// <see cref="Pending"/>) there, so the body's handlers and traceback see it as if it had passed through.</summary>
    private PyObject? StepDelegate(PyGenerator d, PyObject sent)
    {
        _running = true;
        // This body is not on the .NET stack while its delegate runs: a stack walk (PyFrame.Walk) finds it
        // through this chain, one entry per StepDelegate frame.
        var outer = Delegating;
        _outerDelegating = outer;
        Delegating = this;
        try { return d.Step(sent); }
        catch (PythonException e)
        {
            Pending = e.Value;
            return null;
        }
        catch (Exception)
        {
            State = -1;
            Delegate = null;
            DirectDelegate = null;
            throw;
        }
        finally
        {
            _running = false;
            Delegating = outer;
        }
    }

    /// <summary>The innermost generator now stepping its direct delegate (in <see cref="StepDelegate"/>), and
    /// each one's next outer such generator.</summary>
    internal static PyGenerator? Delegating;
    internal PyGenerator? _outerDelegating;

    internal static readonly System.Reflection.MethodInfo StepDelegateMethod =
        typeof(PyGenerator).GetMethod(nameof(StepDelegate), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;

    private unsafe PyObject? Resume(PyObject sent)
    {
        _running = true;
        PyObject? r;
        try { r = ((delegate*<PyGenerator, PyObject, PyObject?>)_resume)(this, sent); }
        catch (PythonException e)
        {
            State = -1;
            Pending = null;
            Delegate = null;
            DirectDelegate = null;
            // PEP 479: a StopIteration leaving the body becomes a RuntimeError.
            if (e.Value.Class.IsSubtypeOf(ExceptionTypes.StopIteration))
            {
                var rt = ExceptionTypes.Make(ExceptionTypes.RuntimeError, "generator raised StopIteration");
                rt.Cause = e.Value;
                rt.Context = e.Value;
                rt.SuppressContext = true;
                throw new PythonException(rt);
            }
            throw;
        }
        catch (Exception)
        {
            State = -1;
            throw;
        }
        finally { _running = false; }
        if (r == null) State = -1;
        else if (_guard == null && Function.Code.CloseWhenCollected) _guard = new GeneratorGuard(this);
        return r;
    }

    public override bool TryNext(out PyObject value)
    {
        var r = Step(PyNone.Instance);
        value = r!;
        return r != null;
    }

    /// <summary>The StopIteration that ends the generator: it carries the return value the first time.</summary>
    public PyObject StopIteration()
    {
        var value = ReturnValue;
        ReturnValue = null;
        var e = value == null || value == PyNone.Instance
            ? ExceptionTypes.Make(ExceptionTypes.StopIteration)
            : ExceptionTypes.Make(ExceptionTypes.StopIteration, value);
        throw new PythonException(e);
    }

    /// <summary>send(value): the next yielded value; StopIteration when the body returns.</summary>
    public PyObject Send(PyObject value)
    {
        if (State == 0 && value != PyNone.Instance)
            throw Ops.TypeError("can't send non-None value to a just-started generator");
        if (_running) throw Ops.ValueError("generator already executing");
        return Step(value) ?? StopIteration();
    }

    /// <summary>Raises <paramref name="e"/> at the suspended yield; the next yielded value, or null when the
    /// body returned (StopIteration is the caller's to raise).</summary>
    public PyObject? ThrowInto(PyBaseException e)
    {
        if (_running) throw Ops.ValueError("generator already executing");
        if (State < 0) throw new PythonException(e);
        Pending = e;
        return Step(PyNone.Instance);
    }

    /// <summary>close(): GeneratorExit at the suspended yield; the body must not yield again.</summary>
    public void Close()
    {
        if (_running) throw Ops.ValueError("generator already executing");
        if (State <= 0) { State = -1; return; }
        PyObject? r;
        try { r = ThrowInto(ExceptionTypes.Make(ExceptionTypes.GeneratorExit)); }
        catch (PythonException e) when (e.Value.Class.IsSubtypeOf(ExceptionTypes.GeneratorExit)
                                        || e.Value.Class.IsSubtypeOf(ExceptionTypes.StopIteration))
        { return; }
        if (r != null) throw Ops.RuntimeError("generator ignored GeneratorExit");
    }

    /// <summary>The exception generator.throw(type[, value[, tb]]) raises, as CPython normalises it.</summary>
    public static PyBaseException ThrowArgument(PyObject[] a)
    {
        if (a.Length == 0) throw Ops.TypeError("throw expected at least 1 argument, got 0");
        if (a.Length > 3) throw Ops.TypeError($"throw expected at most 3 arguments, got {a.Length}");
        var typ = a[0];
        var val = a.Length > 1 ? a[1] : PyNone.Instance;
        if (a.Length > 2 && a[2] != PyNone.Instance)
            throw Ops.TypeError("throw() third argument must be a traceback object");
        if (typ is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            if (val is PyBaseException ve && ve.Class.IsSubtypeOf(t)) return ve;
            PyObject made = val == PyNone.Instance ? t.Call0()
                : val is PyTuple tup ? t.Call(tup.Items, null) : t.Call1(val);
            if (made is PyBaseException me) return me;
            throw Ops.TypeError($"calling {t.Repr()} should have returned an instance of BaseException, not {made.Type.TpName}");
        }
        if (typ is PyBaseException be)
        {
            if (val != PyNone.Instance) throw Ops.TypeError("instance exception may not have a separate value");
            return be;
        }
        throw Ops.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.TpName}");
    }

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__next__":
                value = new PyBuiltinFunction("__next__", (a, k) => Step(PyNone.Instance) ?? StopIteration()) { Self = this };
                return true;
            case "send":
                value = new PyBuiltinFunction("send", (a, k) =>
                {
                    if (a.Length != 1) throw Ops.TypeError($"generator.send() takes exactly one argument ({a.Length} given)");
                    return Send(a[0]);
                }) { Self = this };
                return true;
            // CPython names a generator after its function (for a genexp, "<genexpr>").
            case "__name__": value = new PyStr(Function.Name); return true;
            case "__qualname__": value = new PyStr(Function.QualName); return true;
            case "close":
                value = new PyBuiltinFunction("close", (a, k) => { Close(); return PyNone.Instance; }) { Self = this };
                return true;
            case "throw":
                value = new PyBuiltinFunction("throw", (a, k) =>
                {
                    var e = ThrowArgument(a);
                    return ThrowInto(e) ?? StopIteration();
                }) { Self = this };
                return true;
            case "gi_running": value = PyBool.Get(_running); return true;
            // Paused at a yield: started (state above 0), not finished, not running now.
            case "gi_suspended": value = PyBool.Get(State > 0 && !_running); return true;
            case "gi_yieldfrom": value = Delegate ?? PyNone.Instance; return true;
            case "gi_frame": value = State < 0 ? PyNone.Instance : _frameObject ??= new PyFrame(Function.Code, Function.Code.FirstLine, this); return true;
            case "gi_code": value = PyCode.For(Function.Code); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>gi_code: the little of a code object that generator code inspects (co_name, co_qualname,
/// co_filename, co_firstlineno).</summary>
public sealed class GeneratorCode : PyObject
{
    public static readonly PyType CodeType = new("code", new[] { PyType.ObjectType });
    private readonly PyFunction _f;
    public GeneratorCode(PyFunction f) { _f = f; }
    public override PyType Type => CodeType;
    public override string Repr() =>
        $"<code object {_f.Code.Name} at 0x{System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_f.Code):x}, file \"{_f.Code.Filename}\", line {_f.Code.FirstLine}>";
    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "co_name": value = new PyStr(_f.Code.Name); return true;
            case "co_qualname": value = new PyStr(_f.Code.QualName); return true;
            case "co_filename": value = new PyStr(_f.Code.Filename); return true;
            case "co_firstlineno": value = PyInt.Get(_f.Code.FirstLine); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>gi_frame of a generator that has not finished (a frame object with f_code only).</summary>
public sealed class GeneratorFrame : PyObject
{
    public static readonly PyType FrameType = new("frame", new[] { PyType.ObjectType });
    private readonly PyGenerator _g;
    public GeneratorFrame(PyGenerator g) { _g = g; }
    public override PyType Type => FrameType;
    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "f_code") { value = new GeneratorCode(_g.Function); return true; }
        return base.TryGetAttr(name, out value);
    }
}
