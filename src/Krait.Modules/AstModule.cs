using System.Collections;
using System.Numerics;
using System.Runtime.CompilerServices;
using Krait.Runtime;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Parsing;
using Krait.Syntax.Text;

namespace Krait.Modules;

/// <summary>`_ast`: the node classes of CPython's `ast` module (with `_fields`, `_attributes` and
/// `__match_args__`), made from Krait's own syntax tree classes, which follow CPython 3.11's ASDL node for node.
/// `compile(..., PyCF_ONLY_AST)` parses with Krait's parser and converts the tree into instances of these
/// classes; compiling such a tree goes back through its source text (`ast.unparse`).</summary>
public static class AstModule
{
    private static readonly string[] s_positions = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

    // The abstract (sum) classes, by the C# base class of their constructors.
    private static readonly (Type Base, string Name, bool Located)[] s_sums =
    {
        (typeof(Mod), "mod", false), (typeof(Stmt), "stmt", true), (typeof(Expr), "expr", true),
        (typeof(ExceptHandlerBase), "excepthandler", true), (typeof(Pattern), "pattern", true),
        (typeof(TypeIgnore), "type_ignore", false),
    };

    // Sums whose constructors carry no fields: a C# enum each.
    private static readonly (Type Enum, string Name, string[] Members)[] s_enums =
    {
        (typeof(ExprContext), "expr_context", new[] { "Load", "Store", "Del" }),
        (typeof(BoolOperator), "boolop", new[] { "And", "Or" }),
        (typeof(BinaryOperator), "operator", new[] { "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv" }),
        (typeof(UnaryOperator), "unaryop", new[] { "Invert", "Not", "UAdd", "USub" }),
        (typeof(CompareOperator), "cmpop", new[] { "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn" }),
    };

    private static readonly Dictionary<Type, PyType> s_classes = new();
    private static readonly Dictionary<Type, PyObject[]> s_enumSingletons = new();
    private static PyType s_astType = null!;

    public static PyModule Create()
    {
        var m = NativeModule.New("_ast");
        ModulePrelude.Run(m, Prelude, "<krait _ast>");
        s_astType = (PyType)m.Dict.GetItem(new PyStr("AST"));
        var sumClasses = new Dictionary<Type, PyType>();
        foreach (var (baseType, name, located) in s_sums)
            sumClasses[baseType] = MakeClass(m, name, s_astType, Array.Empty<FieldSpec>(), located ? s_positions : Array.Empty<string>());
        foreach (var (enumType, name, members) in s_enums)
        {
            var sum = MakeClass(m, name, s_astType, Array.Empty<FieldSpec>(), Array.Empty<string>());
            var singletons = new PyObject[members.Length];
            for (int i = 0; i < members.Length; i++)
                singletons[i] = MakeClass(m, members[i], sum, Array.Empty<FieldSpec>(), Array.Empty<string>()).Call0();
            s_enumSingletons[enumType] = singletons;
        }
        // The concrete node classes, found by reflection over the generated node types.
        foreach (var t in typeof(Node).Assembly.GetTypes())
        {
            if (t.IsAbstract || !typeof(Node).IsAssignableFrom(t) || t.Namespace != typeof(Node).Namespace) continue;
            var sample = (Node)RuntimeHelpers.GetUninitializedObject(t);
            PyType parent = s_astType;
            foreach (var (baseType, _, _) in s_sums)
                if (baseType.IsAssignableFrom(t)) { parent = sumClasses[baseType]; break; }
            bool located = typeof(LocatedNode).IsAssignableFrom(t);
            s_classes[t] = MakeClass(m, sample.PythonName, parent, sample.Fields, located ? s_positions : Array.Empty<string>());
        }
        // The deprecated `slice` base (ast.Index and ast.ExtSlice derive from it in ast.py).
        MakeClass(m, "slice", s_astType, Array.Empty<FieldSpec>(), Array.Empty<string>());
        m.Dict.SetItem(new PyStr("PyCF_ONLY_AST"), PyInt.Get(AstHook.OnlyAst));
        m.Dict.SetItem(new PyStr("PyCF_TYPE_COMMENTS"), PyInt.Get(0x1000));
        m.Dict.SetItem(new PyStr("PyCF_ALLOW_TOP_LEVEL_AWAIT"), PyInt.Get(0x2000));
        var compileTree = m.Dict.GetItem(new PyStr("_compile_tree"));
        m.Dict.DelItem(new PyStr("_compile_tree"));
        AstHook.IsAst = o => o.Type.IsSubtypeOf(s_astType);
        AstHook.CompileTree = (tree, filename, mode) => compileTree.Call(new[] { tree, new PyStr(filename), new PyStr(mode) }, null);
        AstHook.Parse = Parse;
        return m;
    }

    private static PyType MakeClass(PyModule m, string name, PyType parent, FieldSpec[] fields, string[] attributes)
    {
        var ns = new PyDict();
        var fieldNames = new PyObject[fields.Length];
        for (int i = 0; i < fields.Length; i++) fieldNames[i] = new PyStr(fields[i].Name);
        ns.SetItem(new PyStr("_fields"), new PyTuple(fieldNames));
        ns.SetItem(new PyStr("__match_args__"), new PyTuple(fieldNames));
        var attrNames = new PyObject[attributes.Length];
        for (int i = 0; i < attributes.Length; i++) attrNames[i] = new PyStr(attributes[i]);
        ns.SetItem(new PyStr("_attributes"), new PyTuple(attrNames));
        // Optional fields and end positions read as None when not given, as in CPython.
        foreach (var f in fields) if (f.Optional) ns.SetItem(new PyStr(f.Name), PyNone.Instance);
        if (attributes.Length > 0)
        {
            ns.SetItem(new PyStr("end_lineno"), PyNone.Instance);
            ns.SetItem(new PyStr("end_col_offset"), PyNone.Instance);
        }
        ns.SetItem(new PyStr("__module__"), new PyStr("ast"));
        var cls = (PyType)PyType.TypeType.Call(new PyObject[] { new PyStr(name), new PyTuple(new PyObject[] { parent }), ns }, null);
        m.Dict.SetItem(new PyStr(name), cls);
        return cls;
    }

    private static PyObject Parse(string source, string filename, string mode)
    {
        try
        {
            if (mode == "eval") source = source.TrimStart(' ', '\t');
            var text = SourceText.FromString(source, filename);
            var parseMode = mode switch
            {
                "eval" => ParseMode.Eval,
                "single" => ParseMode.Single,
                "func_type" => ParseMode.FuncType,
                _ => ParseMode.Exec,
            };
            return Convert(PythonParser.Parse(text, parseMode));
        }
        catch (PythonSyntaxError e)
        {
            var type = e.ErrorType switch
            {
                "IndentationError" => ExceptionTypes.IndentationError,
                "TabError" => ExceptionTypes.TabError,
                _ => ExceptionTypes.SyntaxError,
            };
            throw new PythonException(ExceptionTypes.Make(type, $"{e.Msg} ({e.Filename ?? filename}, line {e.Lineno})"));
        }
    }

    private static PyObject Convert(Node node)
    {
        var obj = s_classes[node.GetType()].Call0();
        var fields = node.Fields;
        var values = node.FieldValues();
        for (int i = 0; i < fields.Length; i++) obj.SetAttr(fields[i].Name, Value(values[i]));
        if (node is LocatedNode l)
        {
            obj.SetAttr("lineno", PyInt.Get(l.Lineno));
            obj.SetAttr("col_offset", PyInt.Get(l.ColOffset));
            obj.SetAttr("end_lineno", PyInt.Get(l.EndLineno));
            obj.SetAttr("end_col_offset", PyInt.Get(l.EndColOffset));
        }
        return obj;
    }

    private static PyObject Value(object? v)
    {
        switch (v)
        {
            case null: return PyNone.Instance;
            case Node n: return Convert(n);
            case string s: return new PyStr(s);
            case bool b: return PyBool.Get(b);
            case int i: return PyInt.Get(i);
            case long l: return PyInt.Get(l);
            case BigInteger bi: return PyInt.From(bi);
            case double d: return new PyFloat(d);
            case byte[] bytes: return new PyBytes(bytes);
            case EllipsisValue: return PyEllipsis.Instance;
            case ImaginaryValue im: return new PyComplex(0, im.Imag);
            case CodePointString cps:
            {
                var sb = new System.Text.StringBuilder();
                foreach (var cp in cps.CodePoints) sb.Append(PyStr.FromCodePoint(cp));
                return new PyStr(sb.ToString());
            }
            case Enum e when s_enumSingletons.TryGetValue(e.GetType(), out var singletons):
                return singletons[System.Convert.ToInt32(e)];
            case IList list:
            {
                var items = new PyObject[list.Count];
                for (int i = 0; i < items.Length; i++) items[i] = Value(list[i]);
                return new PyList(items);
            }
        }
        throw Ops.SystemError($"_ast: no conversion for {v.GetType().Name}");
    }

    private const string Prelude = """
class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes "
                            f"{'at most ' if n else ''}{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _compile_tree(tree, filename, mode):
    # Krait compiles source text: a tree is written back as source first.
    import ast
    if mode == 'eval':
        if not isinstance(tree, Expression):
            raise TypeError(f"expected Expression node, got {type(tree).__name__}")
    elif mode == 'exec' and not isinstance(tree, Module):
        raise TypeError(f"expected Module node, got {type(tree).__name__}")
    return compile(ast.unparse(tree), filename, mode)
""";
}
