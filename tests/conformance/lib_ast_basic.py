# ast from CPython's Lib over Krait's _ast: parse, dump, node classes and fields, walk, NodeVisitor,
# NodeTransformer, literal_eval, unparse, get_docstring, compile of a tree.
import ast

tree = ast.parse("x = 1 + 2 * y\nprint(x)")
print(type(tree).__name__, len(tree.body), ast.dump(tree))
print(ast.dump(ast.parse("f(a, *b, k=1, **kw)", mode="eval")))
print(ast.dump(ast.parse("def g(a, b=2, *, c): return a", mode="exec"), include_attributes=False))
assign = tree.body[0]
print(type(assign).__name__, assign.lineno, assign.col_offset, assign.end_lineno, assign.end_col_offset)
print(ast.Name._fields, ast.BinOp._fields, ast.expr._attributes, ast.Constant._fields, ast.arguments._fields)
print(isinstance(assign, ast.stmt), isinstance(assign.value, ast.expr), isinstance(assign.value.op, ast.Add))
print(issubclass(ast.Load, ast.expr_context), ast.Name.__module__, ast.Constant(5).kind)

names = sorted({n.id for n in ast.walk(ast.parse("a = b + c(d, e)")) if isinstance(n, ast.Name)})
print(names)


class CallCounter(ast.NodeVisitor):
    def __init__(self):
        self.calls = []

    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)


cc = CallCounter()
cc.visit(ast.parse("foo(bar(1), obj.meth(2))\nbaz()"))
print(cc.calls)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t2 = ast.fix_missing_locations(Doubler().visit(ast.parse("z = 1 + 20")))
print(ast.unparse(t2))
ns = {}
exec(compile(t2, "<ast>", "exec"), ns)
print(ns['z'])
print(eval(compile(ast.parse("3 * 7", mode="eval"), "<e>", "eval")))

print(ast.literal_eval("[1, 2.5, 'x', (True, None), {'k': -3}, {4, 5}, b'by', 1+2j]"))
for bad in ["__import__('os')", "a + 1", "[x for x in y]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(type(e).__name__, str(e).split(' object at ')[0])

src = '''
def documented(a: int) -> str:
    """Does things.

    More text."""
    return str(a)

class K:
    "Class doc."
    async def am(self):
        await x
'''
mod = ast.parse(src)
print(ast.get_docstring(mod.body[0]), '|', ast.get_docstring(mod.body[1]))
print(ast.unparse(mod.body[0].args), ast.unparse(mod.body[0].returns), type(mod.body[1].body[1]).__name__)
print(ast.unparse(ast.parse("if a:\n    b = [i * 2 for i in range(3) if i]\nelse:\n    del c[1:2]")))
try:
    ast.parse("x = (1,")
except SyntaxError as e:
    print(type(e).__name__)
n = ast.Name('v', ast.Load())
print(n.id, type(n.ctx).__name__, ast.dump(n))
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print(type(e).__name__, e)
print(ast.dump(ast.parse("match p:\n    case [1, *rest]: pass").body[0].cases[0].pattern))
