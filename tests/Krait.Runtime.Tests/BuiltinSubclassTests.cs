namespace Krait.Runtime.Tests;

/// <summary>How a C# built-in type (as a native module defines one) becomes subclassable from Python: give
/// the type a Constructor; a Python subclass instance then holds the built-in value in BaseValue.</summary>
public class BuiltinSubclassTests
{
    static BuiltinSubclassTests() => Builtins.Initialize(Array.Empty<string>());

    private static PyType MakeNativeListType()
    {
        var t = new PyType("nativelist", new[] { PyType.ObjectType })
        {
            Constructor = (a, k) => new PyList(a.Length == 0 ? Array.Empty<PyObject>() : Ops.ToArray(a[0])),
        };
        return t;
    }

    [Fact]
    public void PythonSubclassOfACSharpTypeWrapsItsValue()
    {
        var native = MakeNativeListType();
        var ns = new PyDict();
        ns.SetItem(new PyStr("__module__"), new PyStr("__main__"));
        var sub = ClassCreation.TypeNew(PyType.TypeType, "Sub", new PyObject[] { native }, ns, null, null);
        var inst = sub.Call1(new PyTuple(new PyObject[] { PyInt.Get(1), PyInt.Get(2) }));
        var pi = Assert.IsType<PyInstance>(inst);
        Assert.IsType<PyList>(pi.BaseValue);
        Assert.Same(sub, inst.Type);
        Assert.Equal(2, inst.Len());
        Assert.Equal("[1, 2]", inst.Repr());
        // Instances of the subclass still take attributes.
        inst.SetAttr("tag", new PyStr("t"));
        Assert.Equal("'t'", inst.GetAttr("tag").Repr());
    }

    [Fact]
    public void UserSubclassOfIntDelegatesArithmeticToTheValue()
    {
        var ns = new PyDict();
        var myInt = ClassCreation.TypeNew(PyType.TypeType, "MyInt", new PyObject[] { PyType.IntType }, ns, null, null);
        var three = myInt.Call1(PyInt.Get(3));
        Assert.Same(myInt, three.Type);
        var sum = Ops.Add(three, PyInt.Get(1));
        Assert.IsType<PyInt>(sum);
        Assert.Equal("4", sum.Repr());
        Assert.Equal(Ops.Hash(PyInt.Get(3)), Ops.Hash(three));
    }
}
