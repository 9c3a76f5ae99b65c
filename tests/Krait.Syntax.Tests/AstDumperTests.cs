using Krait.Syntax.Ast;

namespace Krait.Syntax.Tests;

/// <summary>Hand-built trees for small programs; the expected text is python3.11's
/// <c>ast.dump(ast.parse(source))</c> (and with include_attributes=True) for the program in each test's comment.</summary>
public class AstDumperTests
{
    static T At<T>(T node, int line, int col, int endLine, int endCol) where T : LocatedNode
    {
        node.SetSpan(line, col, endLine, endCol);
        return node;
    }

    static NameExpr Load(string id) => new(id, ExprContext.Load);
    static NameExpr Store(string id) => new(id, ExprContext.Store);
    static Constant C(object? value) => new(value!, null);
    static ModuleNode Module(params Stmt[] body) => new(body.ToList(), new List<TypeIgnore>());
    static List<T> L<T>(params T[] items) => items.ToList();
    static Arguments NoArgs() => new(L<Parameter>(), L<Parameter>(), null, L<Parameter>(), L<Expr>(), null, L<Expr>());

    [Fact]
    public void AssignWithAttributes()
    {
        // x = 1 + 2.5
        var tree = Module(At(new Assign(L<Expr>(At(Store("x"), 1, 0, 1, 1)),
            At(new BinOp(At(C(1L), 1, 4, 1, 5), BinaryOperator.Add, At(C(2.5), 1, 8, 1, 11)), 1, 4, 1, 11), null), 1, 0, 1, 11));
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2.5)))], type_ignores=[])",
            AstDumper.Dump(tree));
        Assert.Equal("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2.5, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])",
            AstDumper.Dump(tree, includeAttributes: true));
    }

    [Fact]
    public void FunctionDefArgumentsAndNoneValues()
    {
        // def f(a, /, b=1, *c, d, e=2, **g) -> int:
        //     return None
        var args = new Arguments(L(At(new Parameter("a", null, null), 1, 6, 1, 7)), L(At(new Parameter("b", null, null), 1, 12, 1, 13)),
            At(new Parameter("c", null, null), 1, 18, 1, 19),
            L(At(new Parameter("d", null, null), 1, 21, 1, 22), At(new Parameter("e", null, null), 1, 24, 1, 25)),
            new List<Expr> { null!, At(C(2L), 1, 26, 1, 27) }, At(new Parameter("g", null, null), 1, 31, 1, 32), L<Expr>(At(C(1L), 1, 14, 1, 15)));
        var tree = Module(At(new FunctionDef("f", args, L<Stmt>(At(new Return(At(C(null), 2, 11, 2, 15)), 2, 4, 2, 15)), L<Expr>(),
            At(Load("int"), 1, 37, 1, 40), null), 1, 0, 2, 15));
        Assert.Equal("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Return(value=Constant(value=None))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])",
            AstDumper.Dump(tree));
        Assert.Equal("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], vararg=arg(arg='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), kwonlyargs=[arg(arg='d', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), arg(arg='e', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kwarg=arg(arg='g', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), defaults=[Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)]), body=[Return(value=Constant(value=None, lineno=2, col_offset=11, end_lineno=2, end_col_offset=15), lineno=2, col_offset=4, end_lineno=2, end_col_offset=15)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=40), lineno=1, col_offset=0, end_lineno=2, end_col_offset=15)], type_ignores=[])",
            AstDumper.Dump(tree, includeAttributes: true));
    }

    [Fact]
    public void ImportsOmitNoneModuleAndAsname()
    {
        // from . import a as b
        // import os
        var tree = Module(At(new ImportFrom(null, L(At(new Alias("a", "b"), 1, 14, 1, 20)), 1), 1, 0, 1, 20),
            At(new Import(L(At(new Alias("os", null), 2, 7, 2, 9))), 2, 0, 2, 9));
        Assert.Equal("Module(body=[ImportFrom(names=[alias(name='a', asname='b')], level=1), Import(names=[alias(name='os')])], type_ignores=[])",
            AstDumper.Dump(tree));
        Assert.Equal("Module(body=[ImportFrom(names=[alias(name='a', asname='b', lineno=1, col_offset=14, end_lineno=1, end_col_offset=20)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), Import(names=[alias(name='os', lineno=2, col_offset=7, end_lineno=2, end_col_offset=9)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=9)], type_ignores=[])",
            AstDumper.Dump(tree, includeAttributes: true));
    }

    [Fact]
    public void ConstantsOfEveryKind()
    {
        // print(f'{x!r:>10}', b'\x00"', ..., 1j, u'é', k=True)
        var fstring = new JoinedStr(L<Expr>(new FormattedValue(Load("x"), 114, new JoinedStr(L<Expr>(C(">10"))))));
        var call = new CallExpr(Load("print"),
            L<Expr>(fstring, C(new byte[] { 0, (byte)'"' }), C(EllipsisValue.Instance), C(new ImaginaryValue(1)), new Constant("é", "u")),
            L(new Keyword("k", C(true))));
        Assert.Equal("Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))]), Constant(value=b'\\x00\"'), Constant(value=Ellipsis), Constant(value=1j), Constant(value='é', kind='u')], keywords=[keyword(arg='k', value=Constant(value=True))]))], type_ignores=[])",
            AstDumper.Dump(Module(new ExprStmt(call))));
    }

    [Fact]
    public void MatchPatterns()
    {
        // match p:
        //     case None | [1, *r] | {'k': _, **rest}: pass
        //     case C(a=b): pass
        var first = new MatchCase(new MatchOr(L<Pattern>(new MatchSingleton(null!),
                new MatchSequence(L<Pattern>(new MatchValue(C(1L)), new MatchStar("r"))),
                new MatchMapping(L<Expr>(C("k")), L<Pattern>(new MatchAs(null, null)), "rest"))),
            null, L<Stmt>(new Pass()));
        var second = new MatchCase(new MatchClass(Load("C"), L<Pattern>(), L("a"), L<Pattern>(new MatchAs(null, "b"))), null, L<Stmt>(new Pass()));
        Assert.Equal("Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchSingleton(value=None), MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='r')]), MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs()], rest='rest')]), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='C', ctx=Load()), patterns=[], kwd_attrs=['a'], kwd_patterns=[MatchAs(name='b')]), body=[Pass()])])], type_ignores=[])",
            AstDumper.Dump(Module(new MatchStmt(Load("p"), L(first, second)))));
        // An attribute-only node: MatchAs() with include_attributes has no leading separator.
        Assert.Equal("MatchAs(lineno=2, col_offset=32, end_lineno=2, end_col_offset=33)",
            AstDumper.Dump(At(new MatchAs(null, null), 2, 32, 2, 33), includeAttributes: true));
    }

    [Fact]
    public void LoopsSlicesAndAugAssign()
    {
        // for i in y:
        //     del a[1:2, ::3]
        // else:
        //     x[i] += 1
        var slice = new TupleExpr(L<Expr>(new SliceExpr(C(1L), C(2L), null), new SliceExpr(null, null, C(3L))), ExprContext.Load);
        var tree = Module(new For(Store("i"), Load("y"), L<Stmt>(new DeleteStmt(L<Expr>(new Subscript(Load("a"), slice, ExprContext.Del)))),
            L<Stmt>(new AugAssign(new Subscript(Load("x"), Load("i"), ExprContext.Store), BinaryOperator.Add, C(1L))), null));
        Assert.Equal("Module(body=[For(target=Name(id='i', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Del())])], orelse=[AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Name(id='i', ctx=Load()), ctx=Store()), op=Add(), value=Constant(value=1))])], type_ignores=[])",
            AstDumper.Dump(tree));
    }

    [Fact]
    public void TryLambdaComprehensionsAndWith()
    {
        // try:
        //     pass
        // except E as e:
        //     raise
        // finally:
        //     global g
        var tryTree = Module(new Try(L<Stmt>(new Pass()), L<ExceptHandlerBase>(new ExceptHandler(Load("E"), "e", L<Stmt>(new Raise(null, null)))),
            L<Stmt>(), L<Stmt>(new Global(L("g")))));
        Assert.Equal("Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Raise()])], orelse=[], finalbody=[Global(names=['g'])])], type_ignores=[])",
            AstDumper.Dump(tryTree));

        // lambda *, k: [i for i in a if i async for j in b]
        var args = new Arguments(L<Parameter>(), L<Parameter>(), null, L(new Parameter("k", null, null)), new List<Expr> { null! }, null, L<Expr>());
        var comp = new ListComp(Load("i"), L(new Comprehension(Store("i"), Load("a"), L<Expr>(Load("i")), 0),
            new Comprehension(Store("j"), Load("b"), L<Expr>(), 1)));
        Assert.Equal("Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='k')], kw_defaults=[None], defaults=[]), body=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Name(id='a', ctx=Load()), ifs=[Name(id='i', ctx=Load())], is_async=0), comprehension(target=Name(id='j', ctx=Store()), iter=Name(id='b', ctx=Load()), ifs=[], is_async=1)])))], type_ignores=[])",
            AstDumper.Dump(Module(new ExprStmt(new LambdaExpr(args, comp)))));

        // with open() as f, g: yield
        var with = new With(L(new WithItem(new CallExpr(Load("open"), L<Expr>(), L<Keyword>()), Store("f")), new WithItem(Load("g"), null)),
            L<Stmt>(new ExprStmt(new YieldExpr(null))), null);
        Assert.Equal("Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Name(id='g', ctx=Load()))], body=[Expr(value=Yield())])], type_ignores=[])",
            AstDumper.Dump(Module(with)));
        Assert.Equal("arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])", AstDumper.Dump(NoArgs()));
    }
}
