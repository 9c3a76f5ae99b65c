using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Text;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

/// <summary>Parses the expression of one f-string replacement field. <paramref name="text"/> is the expression
/// source wrapped in parentheses; a token on line L (1-based) of it gets lineno
/// <c>startingLineno + L</c>, and its columns get <paramref name="startingColOffset"/> added only while the
/// tokenizer is on line 1 of the text.</summary>
internal delegate Expr FStringExpressionParser(SourceText parent, string text, int startingLineno, int startingColOffset);

/// <summary>Builds the JoinedStr for a run of adjacent string tokens that contains at least one f-string, with
/// CPython 3.11's parts, merging rules, node positions and error messages. One instance per run.</summary>
internal sealed class FStringParser
{
    private const int MaxParenNesting = 200;

    private readonly SourceText _source;
    private readonly Token _first, _last;
    private readonly ErrorAnchor _errorAnchor;
    private readonly string? _runKind;
    private readonly FStringExpressionParser _parseExpression;

    // The top-level parts; literal text waits in _literal until an expression (or the end) flushes it.
    private readonly List<Expr> _values = new();
    private readonly LiteralBuffer _literal = new();

    // The f-string token being scanned, and a cursor counting its lines up to the latest replacement field.
    private Token _token;
    private string _text = "";
    private int _lineScanPos, _linesBefore, _lastNewline;

    public FStringParser(SourceText source, Token first, Token last, ErrorAnchor errorAnchor, string? runKind,
                         FStringExpressionParser parseExpression)
    {
        _source = source;
        _first = first;
        _last = last;
        _errorAnchor = errorAnchor;
        _runKind = runKind;
        _parseExpression = parseExpression;
    }

    /// <summary>Adds the value of a plain (non-f) string of the run, with the indexes of the lone high surrogates
    /// its escapes made (or null).</summary>
    public void AppendLiteral(string value, List<int>? loneHighs) => _literal.Append(value, loneHighs);

    /// <summary>Scans one f-string token: <paramref name="text"/> is its newline-normalized source, its body
    /// spans <c>[bodyStart, bodyEnd)</c>.</summary>
    public void AppendFString(Token token, string text, int bodyStart, int bodyEnd, bool raw)
    {
        _token = token;
        _text = text;
        _lineScanPos = 0;
        _linesBefore = 0;
        _lastNewline = -1;
        int pos = bodyStart;
        ScanParts(ref pos, bodyEnd, raw, 0, _values, _literal);
    }

    /// <summary>The JoinedStr of the whole run.</summary>
    public JoinedStr Finish()
    {
        FlushLiteral(_values, _literal, _runKind, _first, _last);
        var joined = new JoinedStr(_values);
        joined.SetSpan(_first.Line, _first.Col, _last.EndLine, _last.EndCol);
        return joined;
    }

    private static void FlushLiteral(List<Expr> values, LiteralBuffer literal, string? kind, in Token from, in Token to)
    {
        // Empty literal text makes no Constant.
        if (literal.Text.Length == 0) return;
        var constant = new Constant(literal.TakeValue(), kind);
        constant.SetSpan(from.Line, from.Col, to.EndLine, to.EndCol);
        values.Add(constant);
    }

    /// <summary>Literal parts and replacement fields from <paramref name="pos"/> until the body's end (level 0)
    /// or the '}' closing a format spec (level 1 and 2), where it stops without consuming it.</summary>
    private void ScanParts(ref int pos, int end, bool raw, int level, List<Expr> values, LiteralBuffer literal)
    {
        while (true)
        {
            bool doubledBrace = ScanLiteral(ref pos, end, raw, level, literal);
            if (doubledBrace) continue;
            if (pos >= end || _text[pos] == '}')
                break;
            // At a '{': its field. Literal text (with any "x=" of a self-documenting field) comes first.
            var formatted = ScanReplacementField(ref pos, end, raw, level, literal);
            FlushLiteral(values, literal, _runKind, _first, _last);
            values.Add(formatted);
        }
        if (level != 0 && (pos >= end || _text[pos] != '}'))
            throw Error("f-string: expecting '}'");
    }

    /// <summary>Scans literal text, decodes it into <paramref name="literal"/>, and stops at a '{' or '}' that is
    /// not part of it. Returns true after a doubled brace at level 0 (its first brace ends the literal text).</summary>
    private bool ScanLiteral(ref int pos, int end, bool raw, int level, LiteralBuffer literal)
    {
        string text = _text;
        int start = pos;
        bool doubled = false;
        while (pos < end)
        {
            char ch = text[pos++];
            if (!raw && ch == '\\' && pos < end)
            {
                ch = text[pos++];
                if (ch == 'N')
                {
                    // The braces of \N{...} belong to the escape. CPython consumes the character after \N
                    // whatever it is, and searches for '}' only when it was '{'.
                    if (pos < end && text[pos++] == '{')
                    {
                        while (pos < end && text[pos++] != '}') { }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}')
            {
                if (level == 0)
                {
                    if (pos < end && text[pos] == ch)
                    {
                        doubled = true;
                        break;
                    }
                    if (ch == '}')
                        throw Error("f-string: single '}' is not allowed");
                }
                pos--;
                break;
            }
        }
        int literalEnd = pos;
        if (doubled) pos++; // skip the second brace; the first one ends the literal text
        if (literalEnd > start)
        {
            if (_source.HasUndecodableBytes)
            {
                // A non-raw literal part always goes through the escape decoder, which decodes per non-ASCII run.
                string? invalid = EscapeDecoder.FindUndecodable(text, start, literalEnd, !raw);
                if (invalid != null) throw Error(invalid);
            }
            if (raw)
            {
                literal.Text.Append(text, start, literalEnd - start);
            }
            else
            {
                string? decoded = EscapeDecoder.DecodeStr(text, start, literalEnd, out string? error,
                                                          ref literal.LoneHighs, literal.Text.Length);
                if (decoded == null) throw Error(error!);
                StringLiteralParser.WarnInvalidEscape(_source, _token, text, start, literalEnd, bytes: false);
                literal.Text.Append(decoded);
            }
        }
        return doubled;
    }

    /// <summary>Scans a replacement field starting at its '{' and returns its FormattedValue; the text of a
    /// self-documenting field ("x=") is appended to <paramref name="literal"/>.</summary>
    private FormattedValue ScanReplacementField(ref int pos, int end, bool raw, int level, LiteralBuffer literal)
    {
        if (level >= 2)
            throw Error("f-string: expressions nested too deeply");
        string text = _text;
        int brace = pos;
        pos++;
        int exprStart = pos;
        char quote = '\0';
        bool tripleQuoted = false;
        int depth = 0;
        Span<char> parens = stackalloc char[MaxParenNesting];
        for (; pos < end; pos++)
        {
            char ch = text[pos];
            // Checked even inside strings: 3.11 forbids any backslash in the expression part.
            if (ch == '\\')
                throw Error("f-string expression part cannot include a backslash");
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (!tripleQuoted)
                    {
                        quote = '\0';
                    }
                    else if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch)
                    {
                        pos += 2;
                        quote = '\0';
                    }
                }
                continue;
            }
            switch (ch)
            {
                case '\'':
                case '"':
                    tripleQuoted = pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch;
                    if (tripleQuoted) pos += 2;
                    quote = ch;
                    continue;
                case '[':
                case '(':
                case '{':
                    if (depth >= MaxParenNesting)
                        throw Error("f-string: too many nested parenthesis");
                    parens[depth++] = ch;
                    continue;
                case '#':
                    throw Error("f-string expression part cannot include '#'");
                case ']':
                case ')':
                case '}':
                    if (depth == 0)
                    {
                        if (ch == '}') break; // the end of the expression
                        throw Error($"f-string: unmatched '{ch}'");
                    }
                    char opening = parens[--depth];
                    if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}'))
                        throw Error($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{opening}'");
                    continue;
                case '!':
                case ':':
                case '=':
                case '<':
                case '>':
                    if (depth != 0) continue;
                    // "!=", "==", "<=", ">=" are operators, not the end of the expression.
                    if (ch != ':' && pos + 1 < end && text[pos + 1] == '=')
                    {
                        pos++;
                        continue;
                    }
                    if (ch == '<' || ch == '>') continue;
                    break;
                default:
                    continue;
            }
            break;
        }
        int exprEnd = pos;
        if (quote != '\0')
            throw Error("f-string: unterminated string");
        if (depth != 0)
            throw Error($"f-string: unmatched '{parens[depth - 1]}'");
        if (pos >= end)
            throw Error("f-string: expecting '}'");

        if (IsBlank(text, exprStart, exprEnd))
        {
            throw Error(text[pos] == '}'
                ? "f-string: empty expression not allowed"
                : $"f-string: expression required before '{text[pos]}'");
        }
        Expr expression = ParseExpression(brace, exprStart, exprEnd);

        bool selfDocumenting = false;
        if (text[pos] == '=')
        {
            selfDocumenting = true;
            pos++;
            while (pos < end && IsPySpace(text[pos])) pos++;
            literal.Text.Append(text, exprStart, pos - exprStart);
        }
        if (pos >= end)
            throw Error("f-string: expecting '}'");

        int conversion = -1;
        if (text[pos] == '!')
        {
            pos++;
            if (pos >= end)
                throw Error("f-string: expecting '}'");
            conversion = text[pos++];
            if (conversion != 's' && conversion != 'r' && conversion != 'a')
                throw Error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        if (pos >= end)
            throw Error("f-string: expecting '}'");

        JoinedStr? formatSpec = null;
        if (text[pos] == ':')
        {
            pos++;
            if (pos >= end)
                throw Error("f-string: expecting '}'");
            formatSpec = ScanFormatSpec(ref pos, end, raw, level + 1);
        }
        if (pos >= end || text[pos] != '}')
            throw Error("f-string: expecting '}'");
        pos++;

        // "=" shows the repr unless a conversion or a format spec says otherwise.
        if (selfDocumenting && conversion == -1 && formatSpec == null)
            conversion = 'r';
        var formatted = new FormattedValue(expression, conversion, formatSpec);
        formatted.SetSpan(_first.Line, _first.Col, _last.EndLine, _last.EndCol);
        return formatted;
    }

    /// <summary>A format spec: its own JoinedStr. CPython 3.11 gives it, and the literal text that ends it, the
    /// span of the current token rather than of the whole run.</summary>
    private JoinedStr ScanFormatSpec(ref int pos, int end, bool raw, int level)
    {
        var values = new List<Expr>();
        var literal = new LiteralBuffer();
        ScanParts(ref pos, end, raw, level, values, literal);
        // The kind of a Constant comes from the first token of the span it is given: here an f-string token.
        FlushLiteral(values, literal, null, _token, _token);
        var spec = new JoinedStr(values);
        spec.SetSpan(_token.Line, _token.Col, _token.EndLine, _token.EndCol);
        return spec;
    }

    /// <summary>Parses <c>text[exprStart..exprEnd)</c> as CPython 3.11 does: wrapped in parentheses, with the
    /// starting line and column it derives from where the field's '{' sits in the token.</summary>
    private Expr ParseExpression(int brace, int exprStart, int exprEnd)
    {
        string text = _text;
        // Lines of the token before the '{', counted incrementally: fields come in source order.
        for (int i = _lineScanPos; i < brace; i++)
        {
            if (text[i] == '\n')
            {
                _linesBefore++;
                _lastNewline = i;
            }
        }
        _lineScanPos = brace;

        // When only whitespace separates the '{' from a newline (or the '}'), CPython leaves the column at 0.
        bool newlineAfterBrace = true;
        for (int i = brace + 1; i < text.Length && text[i] != '}' && text[i] != '\n'; i++)
        {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\f')
            {
                newlineAfterBrace = false;
                break;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace)
            cols = Utf8Length(text, _lastNewline + 1, brace);

        int startingLineno = _token.Line + _linesBefore - 1;
        // On the token's first line columns are relative to the token; on later lines, to the line.
        int startingColOffset = _linesBefore == 0 ? _token.Col + cols : cols;

        string source = string.Concat("(", text.AsSpan(exprStart, exprEnd - exprStart), ")");
        return _parseExpression(_source, source, startingLineno, startingColOffset);
    }

    private static int Utf8Length(string text, int start, int end)
    {
        int bytes = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') return false;
        }
        return true;
    }

    // Python's isspace for ASCII: what CPython skips after the '=' of a self-documenting field.
    private static bool IsPySpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private Errors.PythonSyntaxError Error(string message)
        => _errorAnchor.Error(_source, message);
}

/// <summary>Literal text waiting to become a Constant, with the indexes of lone high surrogates that escapes put
/// in it (see <see cref="EscapeDecoder.StrValue"/>).</summary>
internal sealed class LiteralBuffer
{
    public readonly StringBuilder Text = new();
    public List<int>? LoneHighs;

    public void Append(string value, List<int>? loneHighs)
    {
        if (loneHighs != null)
        {
            LoneHighs ??= new List<int>();
            foreach (int i in loneHighs) LoneHighs.Add(Text.Length + i);
        }
        Text.Append(value);
    }

    /// <summary>The Constant value of the text; empties the buffer.</summary>
    public object TakeValue()
    {
        object value = EscapeDecoder.StrValue(Text.ToString(), LoneHighs);
        Text.Clear();
        LoneHighs = null;
        return value;
    }
}
