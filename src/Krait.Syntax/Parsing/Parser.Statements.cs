using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

internal sealed partial class Parser
{
    // ---------------------------------------------------------------- start rules

    private ModuleNode ParseFile()
    {
        var body = new List<Stmt>();
        while (Kind != TokenKind.EndMarker) Statement(body);
        return new ModuleNode(body, new List<TypeIgnore>());
    }

    private ExpressionNode ParseEval()
    {
        var e = Expressions();
        while (Kind == TokenKind.Newline) _pos++;
        if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        return new ExpressionNode(e);
    }

    /// <summary>single input: statement_newline (a compound statement and its NEWLINE, or simple statements),
    /// then CPython's check that nothing but blanks and comments follows.</summary>
    private Interactive ParseInteractive()
    {
        var body = new List<Stmt>();
        var k = Kind;
        if (k == TokenKind.EndMarker || k == TokenKind.Newline) throw InvalidSyntax();
        bool compound = k is TokenKind.Def or TokenKind.If or TokenKind.Class or TokenKind.With or TokenKind.For
            or TokenKind.Try or TokenKind.While or TokenKind.At or TokenKind.Async
            || k == TokenKind.Name && Cur.Text == "match";
        int before = _pos;
        Statement(body);
        if (compound && body.Count == 1 && body[0] is not ExprStmt and not Assign and not AugAssign and not AnnAssign)
            Expect(TokenKind.Newline);
        if (!OnlyBlanksAfter(Prev.End)) throw ErrorAtLast("multiple statements found while compiling a single statement");
        return new Interactive(body);
    }

    /// <summary>Whether the source after <paramref name="index"/> holds only whitespace, line breaks and comments.</summary>
    private bool OnlyBlanksAfter(int index)
    {
        var text = _source.Text;
        for (int i = index; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            return false;
        }
        return true;
    }

    private FunctionType ParseFuncType()
    {
        Expect(TokenKind.LPar);
        var argtypes = new List<Expr>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Star || Kind == TokenKind.DoubleStar) _pos++;
            argtypes.Add(Expression());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        Expect(TokenKind.RArrow);
        var returns = Expression();
        while (Kind == TokenKind.Newline) _pos++;
        if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        return new FunctionType(argtypes, returns);
    }

    // ---------------------------------------------------------------- statements

    private void Statement(List<Stmt> into)
    {
        if (!EnsureStack()) throw TooDeep();
        switch (Kind)
        {
            case TokenKind.Def: into.Add(FunctionDefinition(null, -1)); return;
            case TokenKind.If: into.Add(IfStatement()); return;
            case TokenKind.Class: into.Add(ClassDefinition(null)); return;
            case TokenKind.With: into.Add(WithStatement(-1)); return;
            case TokenKind.For: into.Add(ForStatement(-1)); return;
            case TokenKind.Try: into.Add(TryStatement()); return;
            case TokenKind.While: into.Add(WhileStatement()); return;
            case TokenKind.At: into.Add(Decorated()); return;
            case TokenKind.Async:
            {
                int asyncPos = _pos;
                switch (KindAt(1))
                {
                    case TokenKind.Def: _pos++; into.Add(FunctionDefinition(null, asyncPos)); return;
                    case TokenKind.With: _pos++; into.Add(WithStatement(asyncPos)); return;
                    case TokenKind.For: _pos++; into.Add(ForStatement(asyncPos)); return;
                }
                _pos++;
                throw InvalidSyntax();
            }
            case TokenKind.Name:
                if (Cur.Text == "match")
                {
                    var m = TryMatchStatement();
                    if (m != null) { into.Add(m); return; }
                }
                break;
        }
        SimpleStatements(into);
    }

    private void SimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            int start = _pos;
            _assignmentSeen = false;
            if (_secondPass)
            {
                try
                {
                    into.Add(SimpleStatement());
                }
                catch (PythonSyntaxError e) when (IsGeneric(e))
                {
                    if (!_assignmentSeen) AssignmentDiagnostics(start);
                    throw;
                }
            }
            else
            {
                into.Add(SimpleStatement());
            }
            if (Accept(TokenKind.Semi))
            {
                if (Kind == TokenKind.Newline) break;
                continue;
            }
            if (Kind != TokenKind.Newline)
            {
                if (_secondPass && !_assignmentSeen) AssignmentDiagnostics(start);
                throw InvalidSyntax();
            }
            break;
        }
        _pos++;
    }

    /// <summary>Whether the current simple statement got as far as an assignment operator: CPython's assignment
    /// rule then matched a prefix, and its invalid_assignment diagnostics do not run.</summary>
    private bool _assignmentSeen;

    /// <summary>When a simple statement fails in the second pass, CPython's invalid_assignment reads it as a
    /// list of named expressions first, whose own checks may name the error.</summary>
    private void AssignmentDiagnostics(int start)
    {
        int save = _pos;
        _pos = start;
        if (StartsStarExpression(Kind) && Kind != TokenKind.Lambda && Kind != TokenKind.Not)
        {
            // star_named_expression ',' star_named_expressions*: after the first comma, elements follow with
            // or without commas between them.
            Expr? first = null;
            bool annotated = false;
            TryParse(() =>
            {
                first = StarNamedExpression();
                if (!Accept(TokenKind.Comma)) return this;
                // No element starts with a comma.
                while (StartsStarExpression(Kind))
                {
                    StarNamedExpression();
                    Accept(TokenKind.Comma);
                }
                if (Accept(TokenKind.Colon) && TryParse(Expression) is not null) annotated = true;
                return this;
            });
            if (annotated) throw ErrorAt(first!, "only single target (not tuple) can be annotated");
        }
        _pos = save;
    }

    private Stmt SimpleStatement()
    {
        var t = Cur;
        int line = t.Line, col = t.Col;
        switch (t.Kind)
        {
            case TokenKind.Pass: _pos++; return Fin(new Pass(), line, col);
            case TokenKind.Break: _pos++; return Fin(new Break(), line, col);
            case TokenKind.Continue: _pos++; return Fin(new Continue(), line, col);
            case TokenKind.Return:
            {
                _pos++;
                Expr? v = StartsStarExpression(Kind) ? StarExpressions() : null;
                return Fin(new Return(v), line, col);
            }
            case TokenKind.Raise:
            {
                _pos++;
                Expr? exc = null, cause = null;
                if (StartsExpression(Kind))
                {
                    exc = Expression();
                    if (Accept(TokenKind.From)) cause = Expression();
                }
                return Fin(new Raise(exc, cause), line, col);
            }
            case TokenKind.Global:
            case TokenKind.Nonlocal:
            {
                bool global = t.Kind == TokenKind.Global;
                _pos++;
                var names = new List<string>();
                do names.Add(Expect(TokenKind.Name).Text!);
                while (Accept(TokenKind.Comma));
                return global ? Fin(new Global(names), line, col) : Fin(new Nonlocal(names), line, col);
            }
            case TokenKind.Assert:
            {
                _pos++;
                var test = Expression();
                Expr? msg = Accept(TokenKind.Comma) ? Expression() : null;
                return Fin(new AssertStmt(test, msg), line, col);
            }
            case TokenKind.Del: return DelStatement();
            case TokenKind.Import: return ImportStatement();
            case TokenKind.From: return ImportFromStatement();
            default: return ExpressionStatement();
        }
    }

    private Stmt ExpressionStatement()
    {
        int startMark = _pos;
        var s = Cur;
        bool startsWithName = s.Kind == TokenKind.Name;
        Expr e = s.Kind == TokenKind.Yield ? YieldExpression() : StarExpressions();
        var k = Kind;
        if (k == TokenKind.Equal || k == TokenKind.Colon || k >= TokenKind.PlusEqual && k <= TokenKind.AtEqual) _assignmentSeen = true;
        switch (Kind)
        {
            case TokenKind.Equal:
                return AssignmentStatement(e, startMark);
            case TokenKind.Colon:
                return AnnotatedAssignment(e, startMark, startsWithName);
            case TokenKind.PlusEqual: return AugmentedAssignment(e, BinaryOperator.Add, startMark);
            case TokenKind.MinEqual: return AugmentedAssignment(e, BinaryOperator.Sub, startMark);
            case TokenKind.StarEqual: return AugmentedAssignment(e, BinaryOperator.Mult, startMark);
            case TokenKind.AtEqual: return AugmentedAssignment(e, BinaryOperator.MatMult, startMark);
            case TokenKind.SlashEqual: return AugmentedAssignment(e, BinaryOperator.Div, startMark);
            case TokenKind.PercentEqual: return AugmentedAssignment(e, BinaryOperator.Mod, startMark);
            case TokenKind.AmperEqual: return AugmentedAssignment(e, BinaryOperator.BitAnd, startMark);
            case TokenKind.VBarEqual: return AugmentedAssignment(e, BinaryOperator.BitOr, startMark);
            case TokenKind.CircumflexEqual: return AugmentedAssignment(e, BinaryOperator.BitXor, startMark);
            case TokenKind.LeftShiftEqual: return AugmentedAssignment(e, BinaryOperator.LShift, startMark);
            case TokenKind.RightShiftEqual: return AugmentedAssignment(e, BinaryOperator.RShift, startMark);
            case TokenKind.DoubleStarEqual: return AugmentedAssignment(e, BinaryOperator.Pow, startMark);
            case TokenKind.DoubleSlashEqual: return AugmentedAssignment(e, BinaryOperator.FloorDiv, startMark);
        }
        if (_secondPass && Kind == TokenKind.ColonEqual) CheckWalrusTarget(e);
        return Fin(new ExprStmt(e), _tokens[startMark]);
    }

    /// <summary><c>a.b := 1</c> at statement level: CPython's invalid_named_expression on the last element.</summary>
    private void CheckWalrusTarget(Expr e)
    {
        var candidate = e;
        if (e is TupleExpr t && t.Elts.Count > 0 && t.Elts[0].ColOffset == t.ColOffset && t.Elts[0].Lineno == t.Lineno)
        {
            if (Prev.Kind == TokenKind.Comma) return;
            candidate = t.Elts[^1];
        }
        if (candidate is NameExpr or StarredExpr) return;
        throw WalrusTargetError(candidate);
    }

    private Stmt AssignmentStatement(Expr first, int startMark)
    {
        var targets = new List<Expr>();
        Expr value = first;
        bool bareYield = _tokens[startMark].Kind == TokenKind.Yield;
        while (Kind == TokenKind.Equal)
        {
            if (bareYield || !SetContext(value, ExprContext.Store))
            {
                // invalid_assignment: a second-pass rule (its checks read ahead with PEG give-back).
                if (!_secondPass) throw InvalidSyntax();
                throw AssignTargetError(value, first, bareYield, startMark);
            }
            targets.Add(value);
            _pos++;
            bareYield = Kind == TokenKind.Yield;
            value = bareYield ? YieldExpression() : StarExpressions();
        }
        return Fin(new Assign(targets, value, null), _tokens[startMark]);
    }

    /// <summary>invalid_assignment for an invalid target before '=' (the current token).</summary>
    private PythonSyntaxError AssignTargetError(Expr target, Expr firstTarget, bool bareYield, int startMark)
    {
        {
            // CPython first reads the statement as a list of named expressions: the element directly before
            // the first '=' gets the "Maybe you meant '=='" messages, whichever target is the bad one.
            int save0 = _pos;
            int eq = startMark;
            int depth = 0;
            for (; ; eq++)
            {
                var kk = _tokens[eq].Kind;
                if (kk is TokenKind.LPar or TokenKind.LSqb or TokenKind.LBrace) depth++;
                else if (kk is TokenKind.RPar or TokenKind.RSqb or TokenKind.RBrace) depth--;
                else if (kk == TokenKind.Equal && depth == 0) break;
            }
            _pos = eq;
            var t0 = firstTarget;
            int candidate = startMark;
            bool hasCandidate = true;
            if (t0 is TupleExpr t && t.Elts.Count > 0 && t.Elts[0].ColOffset == t.ColOffset && t.Elts[0].Lineno == t.Lineno)
            {
                if (Prev.Kind == TokenKind.Comma) hasCandidate = false;
                else
                {
                    for (int i = _pos - 1; i > startMark; i--)
                        if (_tokens[i].Kind == TokenKind.Comma && _levels[i] == _levels[startMark] && BracketBalanced(startMark, i))
                        {
                            candidate = i + 1;
                            break;
                        }
                }
            }
            if (hasCandidate && _tokens[candidate].Kind != TokenKind.Star && _tokens[candidate].Kind != TokenKind.Yield)
                CheckInvalidNamedExpression(candidate);
            _pos = save0;
        }
        if (bareYield) return ErrorAt(target, "assignment to yield expression not possible");
        return InvalidTargetError(target, TargetsKind.Star);
    }

    private bool BracketBalanced(int from, int to)
    {
        int depth = 0;
        for (int i = from; i < to; i++)
        {
            switch (_tokens[i].Kind)
            {
                case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace: depth++; break;
                case TokenKind.RPar: case TokenKind.RSqb: case TokenKind.RBrace: depth--; break;
            }
        }
        return depth == 0;
    }

    private Stmt AnnotatedAssignment(Expr target, int startMark, bool startsWithName)
    {
        int simple = 0;
        switch (target)
        {
            case NameExpr:
                simple = startsWithName ? 1 : 0;
                break;
            case AttributeExpr:
            case Subscript:
                break;
            default:
                if (!_secondPass || target is StarredExpr) throw InvalidSyntax();
                {
                    // invalid_assignment's annotation alternatives need ':' expression to parse.
                    int save = _pos;
                    _pos++;
                    var annotationOk = TryParse(Expression) is not null;
                    _pos = save;
                    if (!annotationOk) throw InvalidSyntax();
                }
                if (target is TupleExpr t && t.Elts.Count > 0 && t.Elts[0].ColOffset == t.ColOffset && t.Elts[0].Lineno == t.Lineno)
                    throw ErrorAt(t.Elts[0], "only single target (not tuple) can be annotated");
                if (target is TupleExpr or ListExpr)
                    throw ErrorAt(target, $"only single target (not {ExprName(target)}) can be annotated");
                throw ErrorAt(target, "illegal target for annotation");
        }
        SetContext(target, ExprContext.Store);
        _pos++; // ':'
        var annotation = Expression();
        Expr? value = null;
        if (Accept(TokenKind.Equal)) value = Kind == TokenKind.Yield ? YieldExpression() : StarExpressions();
        return Fin(new AnnAssign(target, annotation, value, simple), _tokens[startMark]);
    }

    private Stmt AugmentedAssignment(Expr target, BinaryOperator op, int startMark)
    {
        if (target is not (NameExpr or AttributeExpr or Subscript))
        {
            if (!_secondPass) throw InvalidSyntax();
            // invalid_assignment needs the right-hand side to parse before it names the target.
            _pos++;
            if ((Kind == TokenKind.Yield ? TryParse(YieldExpression) : TryParse(StarExpressions)) is null) throw InvalidSyntax();
            throw ErrorAt(target, $"'{ExprName(target)}' is an illegal expression for augmented assignment");
        }
        SetContext(target, ExprContext.Store);
        _pos++;
        var value = Kind == TokenKind.Yield ? YieldExpression() : StarExpressions();
        return Fin(new AugAssign(target, op, value), _tokens[startMark]);
    }

    private Stmt DelStatement()
    {
        var d = Advance();
        int line = d.Line, col = d.Col;
        int start = _pos;
        var targets = new List<Expr>();
        bool ok = true;
        while (true)
        {
            if (!StartsExpression(Kind)) { ok = false; break; }
            var e = Primary();
            if (!SetContext(e, ExprContext.Del)) { ok = false; break; }
            targets.Add(e);
            if (!Accept(TokenKind.Comma)) break;
            if (Kind == TokenKind.Semi || Kind == TokenKind.Newline) break;
        }
        if (ok && (Kind == TokenKind.Semi || Kind == TokenKind.Newline)) return Fin(new DeleteStmt(targets), line, col);
        if (!_secondPass) throw InvalidSyntax();
        _pos = start;
        var all = StarExpressions();
        throw InvalidTargetError(all, TargetsKind.Del);
    }

    // ---------------------------------------------------------------- imports

    private Stmt ImportStatement()
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        var names = new List<Alias>();
        do
        {
            var first = Cur;
            int aLine = first.Line, aCol = first.Col;
            var name = DottedName();
            string? asname = null;
            if (Accept(TokenKind.As)) asname = Expect(TokenKind.Name).Text;
            names.Add(Fin(new Alias(name, asname), aLine, aCol));
        } while (Accept(TokenKind.Comma));
        return Fin(new Import(names), line, col);
    }

    private string DottedName()
    {
        var first = Expect(TokenKind.Name).Text!;
        if (Kind != TokenKind.Dot) return first;
        var sb = new System.Text.StringBuilder(first);
        while (Kind == TokenKind.Dot && KindAt(1) == TokenKind.Name)
        {
            _pos++;
            sb.Append('.').Append(Advance().Text);
        }
        return sb.ToString();
    }

    private Stmt ImportFromStatement()
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        int level = 0;
        while (true)
        {
            if (Kind == TokenKind.Dot) level++;
            else if (Kind == TokenKind.Ellipsis) level += 3;
            else break;
            _pos++;
        }
        string? module = null;
        if (Kind == TokenKind.Name) module = DottedName();
        else if (level == 0) throw InvalidSyntax();
        Expect(TokenKind.Import);
        var names = new List<Alias>();
        if (Kind == TokenKind.Star)
        {
            var st = Advance();
            var a = new Alias("*", null);
            a.SetSpan(st.Line, st.Col, st.EndLine, st.EndCol);
            names.Add(a);
        }
        else if (Accept(TokenKind.LPar))
        {
            ImportAsNames(names);
            Accept(TokenKind.Comma);
            Expect(TokenKind.RPar);
        }
        else
        {
            ImportAsNames(names);
            if (Kind == TokenKind.Comma)
            {
                if (KindAt(1) == TokenKind.Newline)
                {
                    _pos++;
                    throw SpecificAtLast("trailing comma not allowed without surrounding parentheses");
                }
                _pos++;
                throw InvalidSyntax();
            }
        }
        return Fin(new ImportFrom(module, names, level), line, col);
    }

    private void ImportAsNames(List<Alias> names)
    {
        while (true)
        {
            var n = Expect(TokenKind.Name);
            int aLine = n.Line, aCol = n.Col;
            string name = n.Text!;
            string? asname = null;
            if (Accept(TokenKind.As)) asname = Expect(TokenKind.Name).Text;
            names.Add(Fin(new Alias(name, asname), aLine, aCol));
            if (Kind != TokenKind.Comma || KindAt(1) != TokenKind.Name) break;
            _pos++;
        }
    }

    // ---------------------------------------------------------------- blocks

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts.</summary>
    private List<Stmt> Block(string what, int headerLine)
    {
        var body = new List<Stmt>();
        if (Kind == TokenKind.Newline)
        {
            _pos++;
            if (Kind != TokenKind.Indent)
                throw SpecificAtLast($"expected an indented block after {what} on line {headerLine}", "IndentationError");
            _pos++;
            do Statement(body);
            while (Kind != TokenKind.Dedent && Kind != TokenKind.EndMarker);
            Expect(TokenKind.Dedent);
            return body;
        }
        SimpleStatements(body);
        return body;
    }

    /// <summary>':' where CPython's invalid rules say "expected ':'" when a NEWLINE comes instead.</summary>
    private void ExpectColonBeforeNewline()
    {
        if (Kind == TokenKind.Colon) { _pos++; return; }
        if (Kind == TokenKind.Newline) throw SpecificAtLast("expected ':'");
        throw InvalidSyntax();
    }

    /// <summary>A compound statement ends at its last token that is not NEWLINE/INDENT/DEDENT (so a trailing
    /// ';' of its last simple statement counts, as in CPython).</summary>
    private void SetEnd(LocatedNode n)
    {
        int i = _pos - 1;
        while (i > 0 && _tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent or TokenKind.EndMarker) i--;
        n.EndLineno = _tokens[i].EndLine;
        n.EndColOffset = _tokens[i].EndCol;
    }

    private Stmt IfStatement()
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        bool isElif = s.Kind == TokenKind.Elif;
        var test = NamedExpression();
        ExpectColonBeforeNewline();
        var body = Block(isElif ? "'elif' statement" : "'if' statement", line);
        var orelse = new List<Stmt>();
        if (Kind == TokenKind.Elif) orelse.Add(IfStatement());
        else if (Kind == TokenKind.Else) orelse = ElseBlock();
        var node = new If(test, body, orelse);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    private List<Stmt> ElseBlock()
    {
        var e = Advance();
        int line = e.Line;
        ExpectForced(TokenKind.Colon, ":");
        return Block("'else' statement", line);
    }

    private Stmt WhileStatement()
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        var test = NamedExpression();
        ExpectColonBeforeNewline();
        var body = Block("'while' statement", line);
        var orelse = Kind == TokenKind.Else ? ElseBlock() : new List<Stmt>();
        var node = new While(test, body, orelse);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    private Stmt ForStatement(int asyncPos)
    {
        var f = Advance();
        int forLine = f.Line;
        var s = _tokens[asyncPos >= 0 ? asyncPos : _pos - 1];
        int line = s.Line, col = s.Col;
        var target = ForTargets();
        var iter = StarExpressions();
        ExpectColonBeforeNewline();
        var body = Block("'for' statement", forLine);
        var orelse = Kind == TokenKind.Else ? ElseBlock() : new List<Stmt>();
        Stmt node = asyncPos >= 0 ? new AsyncFor(target, iter, body, orelse, null) : new For(target, iter, body, orelse, null);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    private Stmt WithStatement(int asyncPos)
    {
        var w = Advance();
        int withLine = w.Line;
        var s = _tokens[asyncPos >= 0 ? asyncPos : _pos - 1];
        int line = s.Line, col = s.Col;
        List<WithItem>? items = null;
        if (Kind == TokenKind.LPar) items = ParenthesizedWithItems();
        if (items is null)
        {
            items = new List<WithItem>();
            do items.Add(WithItemRule());
            while (Accept(TokenKind.Comma));
        }
        ExpectColonBeforeNewline();
        var body = Block("'with' statement", withLine);
        Stmt node = asyncPos >= 0 ? new AsyncWith(items, body, null) : new With(items, body, null);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    /// <summary>CPython's first with alternative, '(' with_item, ... [','] ')' ':'. Null (position restored)
    /// when the parenthesis turns out to belong to an expression, as in "with (a, b) as c:" or "with (yield):".</summary>
    private List<WithItem>? ParenthesizedWithItems()
    {
        int mark = _pos;
        _pos++;
        var items = new List<WithItem>();
        while (true)
        {
            if (!StartsExpression(Kind)) break;
            var e = Expression();
            Expr? target = null;
            if (Kind == TokenKind.As)
            {
                _pos++;
                target = WithTarget();
            }
            items.Add(new WithItem(e, target));
            if (Kind == TokenKind.Comma)
            {
                _pos++;
                if (Kind != TokenKind.RPar) continue;
            }
            if (Kind != TokenKind.RPar || KindAt(1) != TokenKind.Colon) break;
            _pos++;
            return items;
        }
        _pos = mark;
        return null;
    }

    private WithItem WithItemRule()
    {
        var e = Expression();
        Expr? target = null;
        if (Accept(TokenKind.As)) target = WithTarget();
        return new WithItem(e, target);
    }

    private Stmt TryStatement()
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        ExpectForced(TokenKind.Colon, ":");
        var body = Block("'try' statement", line);
        var handlers = new List<ExceptHandlerBase>();
        var orelse = new List<Stmt>();
        var finalbody = new List<Stmt>();
        bool star = false;
        if (Kind == TokenKind.Except)
        {
            star = KindAt(1) == TokenKind.Star;
            while (Kind == TokenKind.Except)
            {
                bool thisStar = KindAt(1) == TokenKind.Star;
                if (thisStar != star)
                {
                    var a = Cur;
                    if (!_secondPass || !MixedExceptHeaderAhead(thisStar)) throw InvalidSyntax();
                    if (thisStar) throw ErrorRange(a, PeekAt(1), "cannot have both 'except' and 'except*' on the same 'try'");
                    throw ErrorAt(a, "cannot have both 'except' and 'except*' on the same 'try'");
                }
                handlers.Add(ExceptBlock(star));
            }
            if (Kind == TokenKind.Else) orelse = ElseBlock();
            if (Kind == TokenKind.Finally) finalbody = FinallyBlock();
        }
        else if (Kind == TokenKind.Finally)
        {
            finalbody = FinallyBlock();
        }
        else
        {
            throw SpecificAtLast("expected 'except' or 'finally' block");
        }
        Stmt node = star ? new TryStar(body, handlers, orelse, finalbody) : new Try(body, handlers, orelse, finalbody);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    /// <summary>The mixed-except rules need a whole header: "except* expression ['as' NAME] ':'", or
    /// "except [expression ['as' NAME]] ':'".</summary>
    private bool MixedExceptHeaderAhead(bool star)
    {
        int save = _pos;
        _pos += star ? 2 : 1;
        bool ok = true;
        if (star || Kind != TokenKind.Colon)
        {
            ok = TryParse(Expression) is not null;
            if (ok && Accept(TokenKind.As)) ok = Accept(TokenKind.Name);
        }
        ok = ok && Kind == TokenKind.Colon;
        _pos = save;
        return ok;
    }

    private ExceptHandler ExceptBlock(bool star)
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        if (star) _pos++;
        Expr? type = null;
        string? name = null;
        if (Kind == TokenKind.Newline && !star) throw SpecificAtLast("expected ':'");
        if (Kind != TokenKind.Colon)
        {
            if (star && (Kind == TokenKind.Newline)) throw SpecificAtLast("expected one or more exception types");
            type = Expression();
            if (Kind == TokenKind.Comma)
            {
                int save = _pos;
                _pos++;
                var rest = TryParse(Expressions);
                if (rest is not null && (Kind == TokenKind.Colon || Kind == TokenKind.As))
                    throw ErrorRange(type, rest, "multiple exception types must be parenthesized");
                _pos = save;
                throw InvalidSyntax();
            }
            if (Accept(TokenKind.As)) name = Expect(TokenKind.Name).Text;
        }
        else if (star)
        {
            throw SpecificAtLast("expected one or more exception types");
        }
        ExpectColonBeforeNewline();
        var body = Block(star ? "'except*' statement" : "'except' statement", line);
        var h = new ExceptHandler(type, name, body);
        h.Lineno = line; h.ColOffset = col;
        SetEnd(h);
        return h;
    }

    private List<Stmt> FinallyBlock()
    {
        var f = Advance();
        int line = f.Line;
        ExpectForced(TokenKind.Colon, ":");
        return Block("'finally' statement", line);
    }

    // ---------------------------------------------------------------- definitions

    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(NamedExpression());
            Expect(TokenKind.Newline);
        }
        switch (Kind)
        {
            case TokenKind.Def: return FunctionDefinition(decorators, -1);
            case TokenKind.Class: return ClassDefinition(decorators);
            case TokenKind.Async when KindAt(1) == TokenKind.Def:
            {
                int asyncPos = _pos;
                _pos++;
                return FunctionDefinition(decorators, asyncPos);
            }
        }
        throw InvalidSyntax();
    }

    private Stmt FunctionDefinition(List<Expr>? decorators, int asyncPos)
    {
        var d = Advance();
        int defLine = d.Line;
        var s = _tokens[asyncPos >= 0 ? asyncPos : _pos - 1];
        int line = s.Line, col = s.Col;
        var name = Expect(TokenKind.Name).Text!;
        ExpectForced(TokenKind.LPar, "(");
        var args = Kind == TokenKind.RPar ? EmptyArguments() : ParseParameters(lambda: false);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        // ['->' expression]: without an expression the arrow is left for "expected ':'".
        if (Kind == TokenKind.RArrow && StartsExpression(KindAt(1)))
        {
            int arrow = _pos++;
            returns = TryParse(Expression);
            if (returns is null) _pos = arrow;
        }
        ExpectForced(TokenKind.Colon, ":");
        var body = Block("function definition", defLine);
        Stmt node = asyncPos >= 0
            ? new AsyncFunctionDef(name, args, body, decorators ?? new List<Expr>(), returns, null)
            : new FunctionDef(name, args, body, decorators ?? new List<Expr>(), returns, null);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    private Stmt ClassDefinition(List<Expr>? decorators)
    {
        var s = Advance();
        int line = s.Line, col = s.Col;
        var n = Expect(TokenKind.Name);
        var name = n.Text!;
        List<Expr> bases;
        List<Keyword> keywords;
        if (Kind == TokenKind.LPar)
        {
            var dummy = new NameExpr(name, ExprContext.Load);
            dummy.SetSpan(n.Line, n.Col, n.EndLine, n.EndCol);
            var call = (CallExpr)CallTrailer(dummy, n.Line, n.Col, allowGenexp: false);
            bases = call.Args;
            keywords = call.Keywords;
        }
        else
        {
            bases = new List<Expr>();
            keywords = new List<Keyword>();
        }
        ExpectColonBeforeNewline();
        var body = Block("class definition", line);
        var node = new ClassDef(name, bases, keywords, body, decorators ?? new List<Expr>());
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    // ---------------------------------------------------------------- match

    private Stmt? TryMatchStatement()
    {
        if (!StartsStarExpression(KindAt(1))) return null;
        int mark = _pos;
        var s = Advance();
        int line = s.Line, col = s.Col;
        Expr subject;
        try
        {
            subject = MatchSubject();
        }
        catch (PythonSyntaxError e) when (IsGeneric(e))
        {
            _pos = mark;
            return null;
        }
        if (Kind != TokenKind.Colon)
        {
            if (Kind == TokenKind.Newline && _secondPass) throw ErrorAtLast("expected ':'");
            _pos = mark;
            return null;
        }
        _pos++;
        if (Kind != TokenKind.Newline)
        {
            _pos = mark;
            return null;
        }
        _pos++;
        if (Kind != TokenKind.Indent)
            throw SpecificAtLast($"expected an indented block after 'match' statement on line {line}", "IndentationError");
        _pos++;
        var cases = new List<MatchCase>();
        do cases.Add(CaseBlock());
        while (Kind == TokenKind.Name && Cur.Text == "case");
        Expect(TokenKind.Dedent);
        var node = new MatchStmt(subject, cases);
        node.Lineno = line; node.ColOffset = col;
        SetEnd(node);
        return node;
    }

    private Expr MatchSubject()
    {
        int sl = Cur.Line, sc = Cur.Col;
        var first = StarNamedExpression();
        if (Kind != TokenKind.Comma)
        {
            if (first is StarredExpr) throw InvalidSyntax();
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsStarExpression(Kind)) break;
            elts.Add(StarNamedExpression());
        }
        return Fin(new TupleExpr(elts, ExprContext.Load), sl, sc);
    }

    private MatchCase CaseBlock()
    {
        if (Kind != TokenKind.Name || Cur.Text != "case") throw InvalidSyntax();
        var c = Advance();
        int line = c.Line;
        var pattern = Patterns();
        Expr? guard = null;
        if (Accept(TokenKind.If)) guard = NamedExpression();
        ExpectColonBeforeNewline();
        var body = Block("'case' statement", line);
        return new MatchCase(pattern, guard, body);
    }
}
