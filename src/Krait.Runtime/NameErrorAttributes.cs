namespace Krait.Runtime;

public static partial class Builtins
{
    /// <summary>NameError(*args, name=None) and AttributeError(*args, name=None, obj=None). The attributes read
    /// None from the class until set, so making one of these exceptions costs nothing extra; the runtime sets
    /// them where it raises (<see cref="Ops.NameError"/>, <see cref="Ops.AttributeErrorFor"/>).</summary>
    private static void DefineNameAndAttributeErrors()
    {
        Define(ExceptionTypes.NameError, "NameError", "name");
        Define(ExceptionTypes.AttributeError, "AttributeError", "name", "obj");
    }

    private static void Define(PyType t, string typeName, params string[] keywords)
    {
        foreach (var kw in keywords) t.Dict[kw] = PyNone.Instance;
        MethodBody init = (self, args, kw) =>
        {
            int np = args.Length - (kw?.Length ?? 0);
            var e = (PyBaseException)self;
            for (int i = 0; i < (kw?.Length ?? 0); i++)
                if (Array.IndexOf(keywords, kw![i]) < 0)
                    throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for {typeName}()");
            e.Args = new PyTuple(args[..np]);
            for (int i = 0; i < (kw?.Length ?? 0); i++) e.SetAttr(kw![i], args[np + i]);
            return PyNone.Instance;
        };
        t.Dict["__init__"] = new PyMethodDescriptor(t, "__init__", init);
        t.Constructor = (args, kw) =>
        {
            var e = new PyBaseException(t);
            init(e, args, kw);
            return e;
        };
        t.Changed();
    }
}
