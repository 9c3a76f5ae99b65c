using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Krait.Syntax.Ast;

namespace Krait.Syntax.Tests;

/// <summary>Trees python3.11 parsed (Data/ast_dump_snippets.py, written out by tools/gen_ast_dump_test_data.py
/// as JSON), rebuilt as Krait nodes and dumped: the text must be python3.11's ast.dump text. Set
/// KRAIT_AST_DUMP_CASES to another file the tool wrote (e.g. from the standard library) to check more.</summary>
public class AstDumperCorpusTests
{
    [Fact]
    public void DumpsMatchCPython()
    {
        string path = Environment.GetEnvironmentVariable("KRAIT_AST_DUMP_CASES") ?? PyReprTests.DataFile("ast_dump_cases.jsonl");
        var failures = new List<string>();
        int count = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 100000 });
            var root = doc.RootElement;
            var tree = (Node)TreeBuilder.Build(root.GetProperty("tree"), typeof(Node))!;
            string name = root.GetProperty("name").GetString()!;
            if (AstDumper.Dump(tree) != root.GetProperty("dump").GetString())
                failures.Add(name + ": " + FirstDifference(AstDumper.Dump(tree), root.GetProperty("dump").GetString()!));
            if (AstDumper.Dump(tree, includeAttributes: true) != root.GetProperty("dump_attrs").GetString())
                failures.Add(name + " (attributes): " + FirstDifference(AstDumper.Dump(tree, true), root.GetProperty("dump_attrs").GetString()!));
            count++;
        }
        Assert.True(count > 0);
        if (failures.Count > 0) Assert.Fail($"{failures.Count} of {2 * count} dumps differ:\n" + string.Join("\n", failures.Take(10)));
    }

    static string FirstDifference(string actual, string expected)
    {
        int i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i]) i++;
        int from = Math.Max(0, i - 60);
        return $"...{actual.Substring(from, Math.Min(actual.Length - from, 120))} vs ...{expected.Substring(from, Math.Min(expected.Length - from, 120))}";
    }

    /// <summary>Rebuilds nodes from the tool's JSON through the generated constructors (fields in order).</summary>
    static class TreeBuilder
    {
        static readonly Dictionary<string, Type> s_nodeTypes = new();
        static readonly Dictionary<string, object> s_enumValues = new();

        static TreeBuilder()
        {
            foreach (var type in typeof(Node).Assembly.GetTypes())
            {
                if (type.IsSubclassOf(typeof(Node)) && !type.IsAbstract)
                {
                    var node = (Node)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
                    s_nodeTypes[node.PythonName] = type;
                }
            }
            foreach (var enumType in new[] { typeof(ExprContext), typeof(BoolOperator), typeof(BinaryOperator), typeof(UnaryOperator), typeof(CompareOperator) })
                foreach (var value in Enum.GetValues(enumType))
                    s_enumValues[value.ToString()!] = value;
        }

        public static object? Build(JsonElement e, Type target)
        {
            if (e.ValueKind == JsonValueKind.Null) return null;
            if (target == typeof(object)) return Constant(e);
            if (target == typeof(string)) return e.GetString();
            if (target == typeof(int) || target == typeof(int?)) return e.GetInt32();
            if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
            {
                var list = (System.Collections.IList)Activator.CreateInstance(target)!;
                var elementType = target.GetGenericArguments()[0];
                foreach (var item in e.EnumerateArray()) list.Add(Build(item, elementType));
                return list;
            }
            string name = e.GetProperty("t").GetString()!;
            if (target.IsEnum) return s_enumValues[name];
            var type = s_nodeTypes[name];
            var ctor = type.GetConstructors().Single();
            var parameters = ctor.GetParameters();
            var fields = e.GetProperty("f");
            var args = new object?[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
                args[i] = Build(fields[i], parameters[i].ParameterType);
            var node = (Node)ctor.Invoke(args);
            if (e.TryGetProperty("a", out var a))
                ((LocatedNode)node).SetSpan(a[0].GetInt32(), a[1].GetInt32(), a[2].GetInt32(), a[3].GetInt32());
            return node;
        }

        static object? Constant(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.True) return true;
            if (e.ValueKind == JsonValueKind.False) return false;
            string tag = e[0].GetString()!;
            switch (tag)
            {
                case "i":
                    string text = e[1].GetString()!;
                    var big = text.StartsWith("0x") || text.StartsWith("-0x")
                        ? BigInteger.Parse("0" + text.Replace("-", "").Substring(2), NumberStyles.HexNumber) * (text[0] == '-' ? -1 : 1)
                        : BigInteger.Parse(text, CultureInfo.InvariantCulture);
                    return big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big;
                case "f": return BitConverter.Int64BitsToDouble(long.Parse(e[1].GetString()!, NumberStyles.HexNumber));
                case "j": return new ImaginaryValue(BitConverter.Int64BitsToDouble(long.Parse(e[1].GetString()!, NumberStyles.HexNumber)));
                case "b": return Convert.FromHexString(e[1].GetString()!);
                case "e": return EllipsisValue.Instance;
                case "s":
                    var sb = new StringBuilder();
                    string cps = e[1].GetString()!;
                    var codePoints = cps.Length == 0 ? new int[0] : cps.Split(' ').Select(h => int.Parse(h, NumberStyles.HexNumber)).ToArray();
                    for (int i = 0; i < codePoints.Length; i++)
                    {
                        int cp = codePoints[i];
                        // A lone high surrogate before a lone low one: the case a .NET string cannot keep apart.
                        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < codePoints.Length && codePoints[i + 1] >= 0xDC00 && codePoints[i + 1] <= 0xDFFF)
                            return new CodePointString(codePoints);
                        if (cp >= 0xD800 && cp <= 0xDFFF) sb.Append((char)cp);
                        else sb.Append(char.ConvertFromUtf32(cp));
                    }
                    return sb.ToString();
                default: throw new InvalidDataException("unknown constant tag " + tag);
            }
        }
    }
}
