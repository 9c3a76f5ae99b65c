using System.Reflection;
using Krait.Runtime;

namespace Krait.Compiler;

/// <summary>Runtime members that generated code uses at many sites, looked up once: reflection's lookup by name
/// searches and allocates on every call, and emission asks for these thousands of times per program.</summary>
internal static class RuntimeMembers
{
    public static readonly FieldInfo CellValue = typeof(PyCell).GetField(nameof(PyCell.Value))!;
    public static readonly ConstructorInfo CellNew = typeof(PyCell).GetConstructor(new[] { typeof(string) })!;
    public static readonly FieldInfo None = typeof(PyNone).GetField(nameof(PyNone.Instance))!;
    public static readonly FieldInfo True = typeof(PyBool).GetField(nameof(PyBool.True))!;
    public static readonly FieldInfo False = typeof(PyBool).GetField(nameof(PyBool.False))!;
    public static readonly FieldInfo Ellipsis = typeof(PyEllipsis).GetField(nameof(PyEllipsis.Instance))!;
    public static readonly FieldInfo TupleEmpty = typeof(PyTuple).GetField(nameof(PyTuple.Empty))!;
    public static readonly ConstructorInfo TupleNew = typeof(PyTuple).GetConstructor(new[] { typeof(PyObject[]) })!;
    public static readonly ConstructorInfo ListNew = typeof(PyList).GetConstructor(Type.EmptyTypes)!;
    public static readonly ConstructorInfo ListFromArray = typeof(PyList).GetConstructor(new[] { typeof(PyObject[]) })!;
    public static readonly ConstructorInfo DictNew = typeof(PyDict).GetConstructor(Type.EmptyTypes)!;
    public static readonly ConstructorInfo SetNew = typeof(PySet).GetConstructor(new[] { typeof(bool) })!;
    public static readonly FieldInfo FunctionClosure = typeof(PyFunction).GetField(nameof(PyFunction.Closure))!;
    public static readonly FieldInfo GeneratorFunction = typeof(PyGenerator).GetField(nameof(PyGenerator.Function))!;
}
