using System.Runtime.CompilerServices;
using Krait.Syntax.Ast;
using Krait.Syntax.Errors;
using Krait.Syntax.Text;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

/// <summary>Recursive-descent parser for the Python 3.11 grammar, producing CPython's <c>ast</c>.
/// The core: a lazily filled token buffer with mark/reset, span helpers and error construction.
/// Like CPython, a failed parse is retried once with extra checks (<see cref="_secondPass"/>) that
/// produce the specific messages; if none fires, the generic error of the first pass is reported.</summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly ParseMode _mode;
    private readonly Tokenizer _tokenizer;

    // Token buffers are reused across parses (ParseBuffers): large files would otherwise put megabyte arrays
    // on the large object heap for every parse.
    private Token[] _tokens = ParseBuffers.RentTokens(64);
    /// <summary>Bracket depth after each token (CPython's token level), for the "forgot a comma" check.</summary>
    private short[] _levels = ParseBuffers.RentLevels(64);
    private int _count;
    private int _pos;
    private short _level;
    private PythonSyntaxError? _tokenizerError;

    /// <summary>True while re-parsing after a failure: enables the checks that raise specific messages.</summary>
    private bool _secondPass;

    /// <summary>True in the second pass: operators and calls whose operand fails give back their tokens,
    /// as CPython's PEG alternatives do, so the specific checks see the same prefixes.</summary>
    private bool _backtrack;

    // f-string replacement-field sub-parser: token positions are shifted into the enclosing file.
    private readonly bool _shiftPositions;
    private readonly int _lineShift, _colShift;

    public Parser(SourceText source, ParseMode mode) : this(source, mode, false, 0, 0) { }

    private Parser(SourceText source, ParseMode mode, bool shift, int lineShift, int colShift)
    {
        _source = source;
        _mode = mode;
        // CPython appends a final newline only for file input (and its f-string sub-parsers).
        _tokenizer = new Tokenizer(source, execInput: mode == ParseMode.Exec || shift);
        _shiftPositions = shift;
        _lineShift = lineShift;
        _colShift = colShift;
    }

    internal SourceText Source => _source;

    public Mod ParseTop()
    {
        try
        {
            return RunPasses(ParseMode_);
        }
        finally
        {
            ReturnBuffers();
        }
    }

    private void ReturnBuffers()
    {
        ParseBuffers.Return(_tokens, _count, _levels);
        _tokens = ParseBuffers.NoTokens;
        _levels = ParseBuffers.NoLevels;
    }

    /// <summary>CPython's error protocol: a first pass; if it fails generically, a second pass with the
    /// specific checks; then, for any parser error, the rest of the source is tokenized and a tokenizer
    /// error found there may take precedence.</summary>
    private T RunPasses<T>(Func<T> start)
    {
        PythonSyntaxError error;
        try
        {
            _ruleLevel = BaseLevel;
            return start();
        }
        catch (PythonSyntaxError first) when (!ReferenceEquals(first, _tokenizerError))
        {
            error = first;
        }
        // Too deep: CPython's parser stops there, with no second pass and no look at the rest of the source.
        if (error.ErrorType == "MemoryError") throw error;
        if (IsGeneric(error))
        {
            var generic = error;
            _pos = 0;
            _secondPass = true;
            _backtrack = true;
            try
            {
                _ruleLevel = BaseLevel;
                start();
            }
            catch (PythonSyntaxError second) when (ReferenceEquals(second, _tokenizerError))
            {
                throw;
            }
            catch (PythonSyntaxError second) when (!IsGeneric(second))
            {
                // A specific message wins.
                throw CheckRestOfSource(second);
            }
            catch (PythonSyntaxError)
            {
                // Generic again: the first pass's location stands.
            }
            // CPython reports an unexpected indent or unindent without looking further.
            if (generic.ErrorType == "IndentationError") throw generic;
            throw CheckRestOfSource(generic);
        }
        throw CheckRestOfSource(error);
    }

    private Mod ParseMode_() => _mode switch
    {
        ParseMode.Exec => ParseFile(),
        ParseMode.Eval => ParseEval(),
        ParseMode.Single => ParseInteractive(),
        _ => ParseFuncType(),
    };

    /// <summary>Parses the expression of an f-string replacement field (CPython's <c>fstring</c> start rule,
    /// <c>star_expressions</c>). A token on line L of <paramref name="text"/> gets line
    /// <c>startingLineno + L</c>; columns are shifted by <paramref name="startingColOffset"/> only for tokens
    /// that end on the first line, as CPython 3.11 does.</summary>
    internal static Expr ParseFStringExpression(SourceText parent, string text, int startingLineno, int startingColOffset)
    {
        var source = SourceText.ForFStringExpression(text, parent.Filename, startingLineno, startingColOffset);
        var p = new Parser(source, ParseMode.Eval, true, startingLineno, startingColOffset);
        try
        {
            return p.RunPasses(p.FStringBody);
        }
        finally
        {
            p.ReturnBuffers();
        }
    }

    private Expr FStringBody()
    {
        var e = StarExpressions();
        while (Kind == TokenKind.Newline) _pos++;
        if (Kind != TokenKind.EndMarker) throw InvalidSyntax();
        return e;
    }

    // ---------------------------------------------------------------- token buffer

    private TokenKind Kind
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_pos >= _count) Fetch();
            return _tokens[_pos].Kind;
        }
    }

    private ref Token Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_pos >= _count) Fetch();
            return ref _tokens[_pos];
        }
    }

    /// <summary>The token <paramref name="k"/> places ahead of the current one.</summary>
    private ref Token PeekAt(int k)
    {
        while (_pos + k >= _count) Fetch();
        return ref _tokens[_pos + k];
    }

    private TokenKind KindAt(int k) => PeekAt(k).Kind;

    /// <summary>The last consumed token.</summary>
    private ref Token Prev => ref _tokens[_pos - 1];

    private ref Token Advance()
    {
        if (_pos >= _count) Fetch();
        return ref _tokens[_pos++];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Accept(TokenKind kind)
    {
        if (Kind != kind) return false;
        _pos++;
        return true;
    }

    private ref Token Expect(TokenKind kind)
    {
        if (Kind != kind) throw InvalidSyntax();
        return ref _tokens[_pos++];
    }

    /// <summary>CPython's forced token (<c>&amp;&amp;'x'</c>): "expected 'x'" at the current token.</summary>
    private ref Token ExpectForced(TokenKind kind, string text)
    {
        if (Kind != kind)
        {
            var t = Cur;
            throw ErrorAt(t, $"expected '{text}'");
        }
        return ref _tokens[_pos++];
    }

    private void Fetch()
    {
        if (_tokenizerError != null) throw _tokenizerError;
        if (_count == _tokens.Length)
        {
            var tokens = new Token[_count * 2];
            Array.Copy(_tokens, tokens, _count);
            _tokens = tokens;
            var levels = new short[_count * 2];
            Array.Copy(_levels, levels, _count);
            _levels = levels;
        }
        Token t;
        if (_count > 0 && _tokens[_count - 1].Kind == TokenKind.EndMarker)
        {
            t = _tokens[_count - 1];
        }
        else
        {
            if (_singleEnd is Token end)
            {
                // Single input at its end: pending DEDENTs, then ENDMARKER again.
                if (_singleDedents > 0)
                {
                    _singleDedents--;
                    t = new Token(TokenKind.Dedent, end.Line, end.Col, end.EndLine, end.EndCol, end.Start, end.End, null);
                }
                else t = end;
            }
            else
            {
                try
                {
                    t = _tokenizer.Next();
                }
                catch (PythonSyntaxError e)
                {
                    _tokenizerError = e;
                    throw;
                }
            }
            if (_mode == ParseMode.Single && !_shiftPositions)
            {
                // CPython turns an ENDMARKER of single input that follows another token into a NEWLINE and
                // closes the open indentation after it (so "if x:\n  pass" ends NEWLINE DEDENT NEWLINE).
                if (t.Kind == TokenKind.Indent) _singleIndent++;
                else if (t.Kind == TokenKind.Dedent && _singleEnd is null) _singleIndent--;
                if (t.Kind == TokenKind.EndMarker && _singleStarted)
                {
                    _singleEnd = t;
                    _singleDedents = _singleIndent;
                    _singleIndent = 0;
                    _singleStarted = false;
                    t = new Token(TokenKind.Newline, t.Line, t.Col, t.EndLine, t.EndCol, t.Start, t.End, null);
                }
                else _singleStarted = true;
            }
            if (_shiftPositions)
            {
                bool firstLine = t.EndLine == 1;
                t = new Token(t.Kind, t.Line + _lineShift, firstLine ? t.Col + _colShift : t.Col,
                              t.EndLine + _lineShift, firstLine ? t.EndCol + _colShift : t.EndCol, t.Start, t.End, t.Text);
            }
            switch (t.Kind)
            {
                case TokenKind.LPar: case TokenKind.LSqb: case TokenKind.LBrace: _level++; break;
                case TokenKind.RPar: case TokenKind.RSqb: case TokenKind.RBrace: if (_level > 0) _level--; break;
            }
        }
        _levels[_count] = _level;
        _tokens[_count++] = t;
    }

    private Token? _singleEnd;
    private bool _singleStarted;
    private int _singleIndent, _singleDedents;


    // ---------------------------------------------------------------- spans

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Fin<T>(T node, int line, int col) where T : LocatedNode
    {
        var e = _tokens[_pos - 1];
        node.Lineno = line; node.ColOffset = col; node.EndLineno = e.EndLine; node.EndColOffset = e.EndCol;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Fin<T>(T node, in Token start) where T : LocatedNode => Fin(node, start.Line, start.Col);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Fin<T>(T node, LocatedNode start) where T : LocatedNode => Fin(node, start.Lineno, start.ColOffset);

    private static T Span<T>(T node, LocatedNode start, LocatedNode end) where T : LocatedNode
    {
        node.Lineno = start.Lineno; node.ColOffset = start.ColOffset; node.EndLineno = end.EndLineno; node.EndColOffset = end.EndColOffset;
        return node;
    }

    // ---------------------------------------------------------------- errors

    private HashSet<PythonSyntaxError>? _generics;

    /// <summary>Whether <paramref name="e"/> is a generic failure (PEG "no match") rather than a raised error.</summary>
    private bool IsGeneric(PythonSyntaxError e) => _generics != null && _generics.Contains(e);

    /// <summary>Every parser error is made here. Offsets are 1-based UTF-8 byte offsets as CPython hands them
    /// to its error routine (0 or -1 for "none"). In an f-string replacement field the source is
    /// <see cref="SourceText.ForFStringExpression"/>, which applies CPython's rules there: the "f-string: "
    /// prefix, columns taken back by the field's starting column and left in bytes (CPython's sub-tokenizer has
    /// no encoding), and the sub-tokenizer's line as the text.</summary>
    private PythonSyntaxError MakeError(string type, string msg, int line, int offset, int endLine, int endOffset)
        => _source.ErrorAtOffsets(type, msg, line, offset, endLine, endOffset);

    private PythonSyntaxError ErrorAt(in Token t, string msg, string type = "SyntaxError")
        => MakeError(type, msg, t.Line, t.Col + 1, t.EndLine, t.EndCol + 1);

    private PythonSyntaxError ErrorAt(LocatedNode n, string msg)
        => MakeError("SyntaxError", msg, n.Lineno, n.ColOffset + 1, n.EndLineno, n.EndColOffset + 1);

    private PythonSyntaxError ErrorRange(LocatedNode a, LocatedNode b, string msg)
        => MakeError("SyntaxError", msg, a.Lineno, a.ColOffset + 1, b.EndLineno, b.EndColOffset + 1);

    private PythonSyntaxError ErrorRange(in Token a, LocatedNode b, string msg)
        => MakeError("SyntaxError", msg, a.Line, a.Col + 1, b.EndLineno, b.EndColOffset + 1);

    private PythonSyntaxError ErrorRange(in Token a, in Token b, string msg)
        => MakeError("SyntaxError", msg, a.Line, a.Col + 1, b.EndLine, b.EndCol + 1);

    private PythonSyntaxError ErrorRange(LocatedNode a, in Token b, string msg)
        => MakeError("SyntaxError", msg, a.Lineno, a.ColOffset + 1, b.EndLine, b.EndCol + 1);

    /// <summary>CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR without a location: at the last token
    /// fetched (over both passes); for INDENT/DEDENT/ENDMARKER, which have no columns, at the tokenizer's
    /// cursor column, with no end.</summary>
    private PythonSyntaxError ErrorAtLast(string msg, string type = "SyntaxError")
    {
        if (_count == 0) Fetch();
        var t = _tokens[_count - 1];
        int offset = t.Col >= 0 ? t.Col + 1 : _source.ByteColumn(t.Line - _lineShift, t.Start);
        int endOffset = t.EndCol >= 0 ? t.EndCol + 1 : -1;
        return MakeError(type, msg, t.Line, offset, t.EndLine, endOffset);
    }

    /// <summary>A message CPython raises from an invalid_* rule at the last token: only in the second pass
    /// (the first pass reports the generic error, so that the last token matches CPython's).</summary>
    private PythonSyntaxError SpecificAtLast(string msg, string type = "SyntaxError")
        => _secondPass ? ErrorAtLast(msg, type) : InvalidSyntax();

    /// <summary>An error with a start and no end (CPython passes an end column of -1).</summary>
    private PythonSyntaxError ErrorNoEnd(int line, int byteCol, string msg)
        => MakeError("SyntaxError", msg, line, byteCol + 1, line, 0);

    /// <summary>The parse cannot continue: the generic error at the furthest token fetched (CPython's rule),
    /// or IndentationError when that token is an INDENT/DEDENT.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        if (_count == 0) Fetch();
        var t = _tokens[_count - 1];
        PythonSyntaxError e;
        if (t.Kind == TokenKind.Indent)
            e = ErrorAtLast("unexpected indent", "IndentationError");
        else if (t.Kind == TokenKind.Dedent)
            e = ErrorAtLast("unexpected unindent", "IndentationError");
        else
            e = ErrorAt(t, "invalid syntax");
        (_generics ??= new HashSet<PythonSyntaxError>(ReferenceEqualityComparer.Instance)).Add(e);
        return e;
    }

    /// <summary>After a parser error CPython tokenizes the rest of the input: an error the tokenizer raises
    /// there wins, and so does an unclosed bracket at EOF opened on a line before the last token fetched.</summary>
    private PythonSyntaxError CheckRestOfSource(PythonSyntaxError error)
    {
        if (_tokenizerError != null) return _tokenizerError;
        int lastLine = _count > 0 ? _tokens[_count - 1].Line : 0;
        try
        {
            while (_count == 0 || _tokens[_count - 1].Kind != TokenKind.EndMarker) Fetch();
        }
        catch (PythonSyntaxError e)
        {
            if (_tokenizer.LastErrorKind == TokenizerErrorKind.Raised) return e;
            // Any error token with a bracket open: CPython reports that bracket if it opened on an earlier
            // line than the last token the parser fetched.
            if (_tokenizer.Level > 0 && lastLine > _tokenizer.GetOpenBracket(_tokenizer.Level - 1).Line)
                return _tokenizer.UnclosedBracketError();
        }
        return error;
    }

    private static bool EnsureStack() => RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>CPython's parser counts rule calls and gives up with MemoryError past 6000 levels (MAXSTACK).
    /// Krait's parser has other rules, so each nesting construct adds what it costs CPython (measured with
    /// CPython 3.11): a unary operator, 'not' or a conditional's else branch 1, 'lambda' and '**' 2, a call or
    /// subscript 24, parentheses 28, brackets and braces 29; the start rule's own depth is the base.</summary>
    private const int MaxParserLevel = 6000;
    private int _ruleLevel;

    private int BaseLevel => _mode switch { ParseMode.Eval => 24, ParseMode.Single => 28, _ => 30 };

    private void Nest(int cost)
    {
        if ((_ruleLevel += cost) >= MaxParserLevel || !EnsureStack()) throw TooDeep();
    }

    /// <summary>Nesting deeper than CPython 3.11's parser stack: a MemoryError without a message, as there.</summary>
    private PythonSyntaxError TooDeep()
    {
        var t = Cur;
        return MakeError("MemoryError", "", t.Line, t.Col + 1, t.EndLine, t.EndCol + 1);
    }
}
