namespace Krait.Runtime;

public static partial class Builtins
{
    /// <summary>ImportError(*args, name=None, path=None): the import system reads <c>name</c> and <c>path</c>
    /// back, and <c>msg</c> is the single argument.</summary>
    private static void DefineImportError()
    {
        var t = ExceptionTypes.ImportError;
        // name and path exist (as None) on every ImportError, also those a program makes.
        Func<PyType, PyObject> allocate = static type =>
        {
            var e = new PyBaseException(type);
            e.SetAttr("name", PyNone.Instance);
            e.SetAttr("path", PyNone.Instance);
            return e;
        };
        t.Allocator = allocate;
        ExceptionTypes.ModuleNotFoundError.Allocator = allocate;
        MethodBody init = static (self, args, kw) =>
        {
            int np = args.Length - (kw?.Length ?? 0);
            PyObject name = PyNone.Instance, path = PyNone.Instance;
            for (int i = 0; i < (kw?.Length ?? 0); i++)
            {
                if (kw![i] == "name") name = args[np + i];
                else if (kw[i] == "path") path = args[np + i];
                else throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for ImportError()");
            }
            var e = (PyBaseException)self;
            e.Args = new PyTuple(args[..np]);
            e.SetAttr("msg", np == 1 ? args[0] : PyNone.Instance);
            e.SetAttr("name", name);
            e.SetAttr("path", path);
            return PyNone.Instance;
        };
        t.Dict["__init__"] = new PyMethodDescriptor(t, "__init__", init);
        // The two built-in classes take name= and path= when called; subclasses go through __init__.
        foreach (var type in new[] { t, ExceptionTypes.ModuleNotFoundError })
        {
            var exact = type;
            exact.Constructor = (args, kw) =>
            {
                var e = new PyBaseException(exact);
                init(e, args, kw);
                return e;
            };
        }
    }
}
