using System.Runtime.CompilerServices;
using Krait.Syntax.Errors;
using Krait.Syntax.Text;

namespace Krait.Syntax.Tokens;

/// <summary>How the last error of <see cref="Tokenizer.Next"/> arose, in CPython's terms. CPython's parser,
/// after failing with its own generic SyntaxError, tokenizes the rest of the input
/// (<see cref="Tokenizer.CheckRestOfInput"/>): an error the tokenizer <see cref="Raised"/> replaces the parser's
/// error; an <see cref="ErrorToken"/> (unclosed bracket at EOF, dedent mismatch, TabError, too deep, line
/// continuation, EOF after backslash) does not, except that with a bracket open since a line before the parser's
/// last token, "'(' was never closed" is reported instead.</summary>
public enum TokenizerErrorKind : byte { None, Raised, ErrorToken }

/// <summary>One open bracket: its character, line and 0-based UTF-8 byte column.</summary>
public readonly record struct OpenBracket(char Kind, int Line, int Col);

/// <summary>CPython 3.11's C tokenizer, pulled one token at a time.
/// Positions are CPython's: NEWLINE is zero-width at the newline (or starts at a comment that precedes it);
/// INDENT, DEDENT and ENDMARKER have <c>Col = EndCol = -1</c> as in CPython, with <see cref="Token.Start"/> and
/// <see cref="Token.End"/> set to the tokenizer's cursor at that moment (CPython falls back to the cursor's
/// column, <c>SourceText.ByteColumn(token.Line, token.Start)</c>, when it reports an error at such a token).</summary>
public sealed class Tokenizer
{
    private const int Eof = -1;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly SourceText _source;
    private readonly string _s;      // the text, plus '\n' when CPython would append one
    private readonly int _end;

    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _lineAscii;
    private int _cacheIdx, _cacheByte;   // byte column cache for non-ASCII lines

    private bool _atBol = true;
    private bool _needLine;               // a '\n' was consumed; the next line starts on the next read
    private int _pendin;
    private int _indent;
    private readonly int[] _indStack = new int[MaxIndent];
    private readonly int[] _altIndStack = new int[MaxIndent];

    private int _level;
    private readonly char[] _parenStack = new char[MaxLevel];
    private readonly int[] _parenLine = new int[MaxLevel];
    private readonly int[] _parenCol = new int[MaxLevel];

    private readonly HashSet<string> _names = new();
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    private PythonSyntaxError? _failed;

    public Tokenizer(SourceText source) : this(source, execInput: true) { }

    /// <param name="execInput">True for exec (file) input: CPython then treats input without a final newline as
    /// if it had one. False for eval and single input.</param>
    public Tokenizer(SourceText source, bool execInput)
    {
        _source = source;
        source.AppendsFinalNewline = execInput;
        string t = source.Text;
        _s = execInput && (t.Length == 0 || t[^1] != '\n') ? t + "\n" : t;
        _end = _s.Length;
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _lineStart = 0;
        _lineAscii = source.LineIsAscii(1);
        source.TokenizerLine = 1;
    }

    public SourceText Source => _source;

    /// <summary>How the last error arose (see <see cref="TokenizerErrorKind"/>).</summary>
    public TokenizerErrorKind LastErrorKind { get; private set; }

    /// <summary>The tokenizer's current line (CPython's <c>tok->lineno</c>).</summary>
    public int CurrentLine => _line;

    /// <summary>The cursor's 0-based byte column on <see cref="CurrentLine"/> (CPython's <c>tok->cur - tok->line_start</c>).</summary>
    public int CursorByteCol => ByteCol(_pos);

    /// <summary>Bracket nesting depth.</summary>
    public int Level => _level;

    /// <summary>Open bracket <paramref name="i"/> (0 = outermost, Level - 1 = innermost).</summary>
    public OpenBracket GetOpenBracket(int i) => new(_parenStack[i], _parenLine[i], _parenCol[i]);

    /// <summary>CPython's error for an unclosed bracket: at the innermost open bracket.</summary>
    public PythonSyntaxError UnclosedBracketError()
    {
        int i = _level - 1;
        return _source.ErrorAtOffsets("SyntaxError", $"'{_parenStack[i]}' was never closed",
            _parenLine[i], _parenCol[i] + 1, _parenLine[i], 0);
    }

    /// <summary>CPython's check after its parser fails with an error of its own: the generic "invalid syntax"
    /// and every error an invalid_* rule raised (IndentationErrors included), but not the generic "unexpected
    /// indent"/"unexpected unindent", which CPython reports without it. Tokenizes the rest of the input and
    /// returns the error to report: a tokenizer error met on the way, the unclosed bracket error when the
    /// tokenizer stops at an error token with a bracket open since before <paramref name="lastTokenLine"/> (the
    /// line of the parser's last fetched token, or of the token the error was raised at when CPython records
    /// one), else <paramref name="parserError"/>.</summary>
    public PythonSyntaxError CheckRestOfInput(PythonSyntaxError parserError, int lastTokenLine)
    {
        try
        {
            while (Next().Kind != TokenKind.EndMarker) { }
            return parserError;
        }
        catch (PythonSyntaxError e)
        {
            if (LastErrorKind == TokenizerErrorKind.Raised) return e;
            if (_level > 0 && _parenLine[_level - 1] < lastTokenLine) return UnclosedBracketError();
            return parserError;
        }
    }

    /// <summary>The next token; raises <see cref="Errors.PythonSyntaxError"/> where CPython's tokenizer fails
    /// (and again on every later call).</summary>
    public Token Next()
    {
        if (_failed != null) throw _failed;
        return NextToken();
    }

    // ---------------------------------------------------------------- cursor and positions

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextC() => _pos < _end ? _s[_pos++] : Eof;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Backup(int c) { if (c != Eof) _pos--; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Peek() => _pos < _end ? _s[_pos] : Eof;

    /// <summary>Moves to the line starting at the cursor, as CPython does when it reads the next line; at EOF
    /// nothing changes (CPython's line number stays on the last line). <paramref name="newBuffer"/>: no token is
    /// in progress, so CPython starts its line buffer afresh.</summary>
    private void StartLine(bool newBuffer)
    {
        if (_pos >= _end) return;
        _line++;
        if (newBuffer) _source.TokenizerBufferLine = _line;
        _lineStart = _pos;
        _lineAscii = _source.LineIsAscii(_line) || _line > _source.LineCount;
        _cacheIdx = _lineStart; _cacheByte = 0;
        _source.TokenizerLine = _line;
    }

    /// <summary>0-based UTF-8 byte column of char index <paramref name="idx"/> on the current line.</summary>
    private int ByteCol(int idx)
    {
        if (_lineAscii) return idx - _lineStart;
        if (idx < _cacheIdx) { _cacheIdx = _lineStart; _cacheByte = 0; }
        int b = _cacheByte;
        int lim = Math.Min(idx, _s.Length);
        for (int i = _cacheIdx; i < lim; i++) b += SourceText.Utf8LengthAt(_s, i);
        _cacheIdx = idx; _cacheByte = b;
        return b;
    }

    /// <summary>Number of characters (code points) from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private int CharCount(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (char.IsHighSurrogate(_s[i]) && i + 1 < to && char.IsLowSurrogate(_s[i + 1])) i++;
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- errors

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fail(TokenizerErrorKind kind, PythonSyntaxError e)
    {
        LastErrorKind = kind;
        _failed = e;
        throw e;
    }

    /// <summary>CPython's tokenizer <c>syntaxerror()</c>: at the cursor, offset = characters up to the cursor.</summary>
    private void RaiseAtCursor(string msg, string type = "SyntaxError")
    {
        int off = _lineAscii ? _pos - _lineStart : CharCount(_lineStart, _pos);
        Fail(TokenizerErrorKind.Raised, _source.TokenizerError(type, msg, _line, off, off));
    }

    /// <summary>CPython's <c>syntaxerror_known_range()</c>: the offsets are passed through as they are (bytes).</summary>
    private void RaiseKnownRange(string msg, int offset, int endOffset)
        => Fail(TokenizerErrorKind.Raised, _source.TokenizerError("SyntaxError", msg, _line, offset, endOffset));

    /// <summary>The errors CPython's parser raises for an ERRORTOKEN with a known location (TabError, too deep,
    /// line continuation): column given 0-based, end column unset.</summary>
    private void RaiseErrorToken(string type, string msg, int byteCol)
        => Fail(TokenizerErrorKind.ErrorToken, _source.ErrorAtOffsets(type, msg, _line, byteCol + 1, _line, 0));

    /// <summary>The errors CPython's parser raises at an ERRORTOKEN without position: the cursor's column.</summary>
    private void RaiseErrorTokenAtCursor(string type, string msg)
    {
        int col = ByteCol(_pos);
        Fail(TokenizerErrorKind.ErrorToken, _source.ErrorAtOffsets(type, msg, _line, col, _line, -1));
    }

    private void RaiseEofError()
    {
        if (_level > 0) Fail(TokenizerErrorKind.ErrorToken, UnclosedBracketError());
        RaiseErrorTokenAtCursor("SyntaxError", "unexpected EOF while parsing");
    }

    /// <summary>Line continuation: the backslash was consumed; the next char must be a newline.</summary>
    private void ContinuationLine(bool newBuffer)
    {
        int c = NextC();
        if (c != '\n')
        {
            // CPython: column of the character after the backslash (cursor - 1), 1-based.
            RaiseErrorToken("SyntaxError", "unexpected character after line continuation character", ByteCol(_pos) - 1);
        }
        StartLine(newBuffer);
        if (_pos >= _end)
        {
            RaiseEofError();
        }
    }

    // ---------------------------------------------------------------- main loop

    private Token Layout(TokenKind kind) => new(kind, _line, -1, _line, -1, _pos, _pos, null);

    private Token NextToken()
    {
        bool blankline;
    nextline:
        if (_needLine) { _needLine = false; StartLine(newBuffer: true); }
        blankline = false;
        if (_atBol)
        {
            _atBol = false;
            int col = 0, altcol = 0, contLineCol = 0;
            int c;
            for (;;)
            {
                c = NextC();
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; }
                else if (c == '\f') { col = altcol = 0; }
                else if (c == '\\')
                {
                    // Indentation continued over a backslash: the first backslash decides the level.
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    ContinuationLine(newBuffer: true);
                }
                else break;
            }
            Backup(c);
            if (c == '#' || c == '\n') blankline = true;   // comment-only and blank lines don't count
            if (!blankline && _level == 0)
            {
                if (contLineCol != 0) { col = contLineCol; altcol = contLineCol; }
                if (col == _indStack[_indent])
                {
                    if (altcol != _altIndStack[_indent]) IndentError();
                }
                else if (col > _indStack[_indent])
                {
                    if (_indent + 1 >= MaxIndent)
                    {
                        _pos = LineEnd();
                        RaiseErrorToken("IndentationError", "too many levels of indentation", 0);
                    }
                    if (altcol <= _altIndStack[_indent]) IndentError();
                    _pendin++;
                    _indStack[++_indent] = col;
                    _altIndStack[_indent] = altcol;
                }
                else
                {
                    while (_indent > 0 && col < _indStack[_indent]) { _pendin--; _indent--; }
                    if (col != _indStack[_indent])
                    {
                        _pos = LineEnd();
                        RaiseErrorTokenAtCursor("IndentationError", "unindent does not match any outer indentation level");
                    }
                    if (altcol != _altIndStack[_indent]) IndentError();
                }
            }
        }

        if (_pendin != 0)
        {
            if (_pendin < 0) { _pendin++; return Layout(TokenKind.Dedent); }
            _pendin--;
            return Layout(TokenKind.Indent);
        }

    again:
        int ch;
        do ch = NextC(); while (ch == ' ' || ch == '\t' || ch == '\f');
        int start = ch == Eof ? _pos : _pos - 1;

        if (ch == '#')
        {
            int nl = _s.AsSpan(_pos, _end - _pos).IndexOf('\n');
            _pos = nl < 0 ? _end : _pos + nl;
            ch = NextC();
        }

        if (ch == Eof)
        {
            if (_level > 0) RaiseEofError();
            return new Token(TokenKind.EndMarker, _line, -1, _line, -1, _pos, _pos, null);
        }

        // Identifier, keyword, or string with a prefix.
        if (ch < 128 ? IdentifierChars.IsAsciiStart((char)ch) : true)
        {
            bool sawB = false, sawR = false, sawU = false, sawF = false;
            while (true)
            {
                if (!(sawB || sawU || sawF) && (ch == 'b' || ch == 'B')) sawB = true;
                else if (!(sawB || sawU || sawR || sawF) && (ch == 'u' || ch == 'U')) sawU = true;
                else if (!(sawR || sawU) && (ch == 'r' || ch == 'R')) sawR = true;
                else if (!(sawF || sawB || sawU) && (ch == 'f' || ch == 'F')) sawF = true;
                else break;
                ch = NextC();
                if (ch == '"' || ch == '\'') return ScanString(start, ch);
            }
            return ScanName(start, ch);
        }

        if (ch == '\n')
        {
            _atBol = true;
            _needLine = true;
            if (blankline || _level > 0) goto nextline;
            // The token runs from its start (a comment's '#', if any) to the newline, newline excluded.
            int nlCol = ByteCol(_pos - 1);
            return new Token(TokenKind.Newline, _line, ByteCol(start), _line, nlCol, start, _pos - 1, null);
        }

        if (ch == '.')
        {
            int c2 = NextC();
            if (c2 >= '0' && c2 <= '9') return ScanNumber(start, c2, NumberEntry.Fraction);
            if (c2 == '.')
            {
                int c3 = NextC();
                if (c3 == '.') return Op(TokenKind.Ellipsis, start);
                Backup(c3);
            }
            Backup(c2);
            return Op(TokenKind.Dot, start);
        }

        if (ch >= '0' && ch <= '9') return ScanNumber(start, ch, NumberEntry.Start);

        if (ch == '"' || ch == '\'') return ScanString(start, ch);

        if (ch == '\\')
        {
            ContinuationLine(newBuffer: false);
            goto again;
        }

        // Two- and three-character operators.
        {
            int c2 = NextC();
            TokenKind two = TwoChars(ch, c2);
            if (two != TokenKind.Op)
            {
                int c3 = NextC();
                TokenKind three = ThreeChars(ch, c2, c3);
                if (three != TokenKind.Op) two = three; else Backup(c3);
                return Op(two, start);
            }
            if (ch == '<' && c2 == '>') return Op(TokenKind.Op, start);   // NOTEQUAL '<>': only barry_as_FLUFL accepts it
            Backup(c2);
        }

        switch (ch)
        {
            case '(': case '[': case '{':
                if (_level >= MaxLevel) RaiseAtCursor("too many nested parentheses");
                _parenStack[_level] = (char)ch;
                _parenLine[_level] = _line;
                _parenCol[_level] = ByteCol(start);
                _level++;
                break;
            case ')': case ']': case '}':
                if (_level == 0) RaiseAtCursor($"unmatched '{(char)ch}'");
                _level--;
                char opening = _parenStack[_level];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}')))
                {
                    if (_parenLine[_level] != _line)
                        RaiseAtCursor($"closing parenthesis '{(char)ch}' does not match opening parenthesis '{opening}' on line {_parenLine[_level]}");
                    else
                        RaiseAtCursor($"closing parenthesis '{(char)ch}' does not match opening parenthesis '{opening}'");
                }
                break;
        }

        if (!IdentifierChars.IsPrintable(ch))
            RaiseAtCursor($"invalid non-printable character U+{ch:X4}");

        return Op(OneChar(ch), start);
    }

    private int LineEnd()
    {
        int nl = _s.AsSpan(_pos, _end - _pos).IndexOf('\n');
        return nl < 0 ? _end : _pos + nl + 1;
    }

    private void IndentError()
    {
        _pos = LineEnd();
        RaiseErrorToken("TabError", "inconsistent use of tabs and spaces in indentation", 0);
    }

    private Token Op(TokenKind kind, int start)
        => new(kind, _line, ByteCol(start), _line, ByteCol(_pos), start, _pos, null);

    private static TokenKind OneChar(int c) => c switch
    {
        '%' => TokenKind.Percent, '&' => TokenKind.Amper, '(' => TokenKind.LPar, ')' => TokenKind.RPar,
        '*' => TokenKind.Star, '+' => TokenKind.Plus, ',' => TokenKind.Comma, '-' => TokenKind.Minus,
        '.' => TokenKind.Dot, '/' => TokenKind.Slash, ':' => TokenKind.Colon, ';' => TokenKind.Semi,
        '<' => TokenKind.Less, '=' => TokenKind.Equal, '>' => TokenKind.Greater, '@' => TokenKind.At,
        '[' => TokenKind.LSqb, ']' => TokenKind.RSqb, '^' => TokenKind.Circumflex, '{' => TokenKind.LBrace,
        '|' => TokenKind.VBar, '}' => TokenKind.RBrace, '~' => TokenKind.Tilde,
        _ => TokenKind.Op,
    };

    private static TokenKind TwoChars(int c1, int c2)
    {
        switch (c1)
        {
            case '!': return c2 == '=' ? TokenKind.NotEqual : TokenKind.Op;
            case '%': return c2 == '=' ? TokenKind.PercentEqual : TokenKind.Op;
            case '&': return c2 == '=' ? TokenKind.AmperEqual : TokenKind.Op;
            case '*': return c2 == '*' ? TokenKind.DoubleStar : c2 == '=' ? TokenKind.StarEqual : TokenKind.Op;
            case '+': return c2 == '=' ? TokenKind.PlusEqual : TokenKind.Op;
            case '-': return c2 == '=' ? TokenKind.MinEqual : c2 == '>' ? TokenKind.RArrow : TokenKind.Op;
            case '/': return c2 == '/' ? TokenKind.DoubleSlash : c2 == '=' ? TokenKind.SlashEqual : TokenKind.Op;
            case ':': return c2 == '=' ? TokenKind.ColonEqual : TokenKind.Op;
            case '<': return c2 == '<' ? TokenKind.LeftShift : c2 == '=' ? TokenKind.LessEqual : TokenKind.Op;
            case '=': return c2 == '=' ? TokenKind.EqEqual : TokenKind.Op;
            case '>': return c2 == '=' ? TokenKind.GreaterEqual : c2 == '>' ? TokenKind.RightShift : TokenKind.Op;
            case '@': return c2 == '=' ? TokenKind.AtEqual : TokenKind.Op;
            case '^': return c2 == '=' ? TokenKind.CircumflexEqual : TokenKind.Op;
            case '|': return c2 == '=' ? TokenKind.VBarEqual : TokenKind.Op;
            default: return TokenKind.Op;
        }
    }

    private static TokenKind ThreeChars(int c1, int c2, int c3)
    {
        if (c3 != '=')
            return TokenKind.Op;
        if (c1 == '*' && c2 == '*') return TokenKind.DoubleStarEqual;
        if (c1 == '/' && c2 == '/') return TokenKind.DoubleSlashEqual;
        if (c1 == '<' && c2 == '<') return TokenKind.LeftShiftEqual;
        if (c1 == '>' && c2 == '>') return TokenKind.RightShiftEqual;
        return TokenKind.Op;
    }

    // ---------------------------------------------------------------- names

    private Token ScanName(int start, int c)
    {
        // c (already consumed unless EOF) and what follows: ASCII name characters or anything non-ASCII.
        bool nonAscii = false;
        int p = c == Eof ? _pos : _pos - 1;
        string s = _s;
        int end = _end;
        while (p < end)
        {
            char ch = s[p];
            if (ch < 128) { if (!IdentifierChars.IsAsciiContinue(ch)) break; }
            else nonAscii = true;
            p++;
        }
        _pos = p;
        ReadOnlySpan<char> span = _s.AsSpan(start, _pos - start);
        string name;
        if (nonAscii)
        {
            VerifyIdentifier(start);
            name = NormalizeIdentifier(span);
        }
        else
        {
            TokenKind kw = Keywords.Lookup(span);
            if (kw != TokenKind.Name)
                return new Token(kw, _line, ByteCol(start), _line, ByteCol(_pos), start, _pos, null);
            name = Intern(span);
        }
        return new Token(TokenKind.Name, _line, ByteCol(start), _line, ByteCol(_pos), start, _pos, name);
    }

    private string Intern(ReadOnlySpan<char> span)
    {
        if (_nameLookup.TryGetValue(span, out string? s)) return s;
        s = span.ToString();
        _names.Add(s);
        return s;
    }

    private string NormalizeIdentifier(ReadOnlySpan<char> span)
    {
        if (_nameLookup.TryGetValue(span, out string? s)) return s;
        string raw = span.ToString();
        string norm = IdentifierNormalizer.Nfkc(raw);
        // Intern both spellings; the normalized one is what the parser sees.
        if (_nameLookup.TryGetValue(norm, out string? existing)) norm = existing; else _names.Add(norm);
        return norm;
    }

    /// <summary>CPython's check of a non-ASCII name: XID_Start then XID_Continue; undecodable bytes fail as the
    /// UTF-8 decoder does.</summary>
    private void VerifyIdentifier(int start)
    {
        if (_source.HasUndecodableBytes)
        {
            ReadOnlySpan<char> span = _s.AsSpan(start, _pos - start);
            for (int k = 0; k < span.Length; k++)
            {
                if (!SourceDecoder.IsEscapedByte(span, k)) continue;
                string? why = SourceDecoder.DescribeUtf8Error(SourceDecoder.ToBytes(span));
                RaiseErrorTokenAtCursor("SyntaxError", "(unicode error) " + why);
            }
        }
        int i = start;
        bool first = true;
        while (i < _pos)
        {
            int cp; int len;
            char c = _s[i];
            if (char.IsHighSurrogate(c) && i + 1 < _pos && char.IsLowSurrogate(_s[i + 1])) { cp = char.ConvertToUtf32(c, _s[i + 1]); len = 2; }
            else { cp = c; len = 1; }
            bool ok = first ? (cp == '_' || IdentifierChars.IsXidStart(cp)) : IdentifierChars.IsXidContinue(cp);
            if (!ok)
            {
                _pos = i + len;
                string chr = char.ConvertFromUtf32(cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
                if (IdentifierChars.IsPrintable(cp)) RaiseAtCursor($"invalid character '{(cp >= 0xD800 && cp <= 0xDFFF ? c.ToString() : chr)}' (U+{cp:X4})");
                else RaiseAtCursor($"invalid non-printable character U+{cp:X4}");
            }
            first = false;
            i += len;
        }
    }

    // ---------------------------------------------------------------- strings

    private Token ScanString(int start, int quote)
    {
        int firstLine = _line, firstLineStart = _lineStart;
        int startCol = ByteCol(start);
        bool firstAscii = _lineAscii;
        int quoteSize = 1, endQuoteSize = 0;
        int c = NextC();
        if (c == quote)
        {
            c = NextC();
            if (c == quote) quoteSize = 3; else endQuoteSize = 1;   // empty string
        }
        if (c != quote) Backup(c);

        char quoteChar = (char)quote;
        while (endQuoteSize != quoteSize)
        {
            // Skip to the next character that matters (vectorized: docstrings are long).
            int rel = _s.AsSpan(_pos, _end - _pos).IndexOfAny(quoteChar, '\\', '\n');
            if (rel < 0) { _pos = _end; endQuoteSize = 0; c = Eof; }
            else
            {
                if (rel > 0) { endQuoteSize = 0; _pos += rel; }
                c = _s[_pos++];
            }
            if (c == Eof || (quoteSize == 1 && c == '\n'))
            {
                // Reported at the string's start, on its first line.
                int detected = _line;
                _line = firstLine; _lineStart = firstLineStart; _lineAscii = firstAscii;
                _cacheIdx = _lineStart; _cacheByte = 0;
                _pos = start + 1;
                RaiseAtCursor(quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detected})"
                    : $"unterminated string literal (detected at line {detected})");
            }
            if (c == quote) endQuoteSize++;
            else
            {
                endQuoteSize = 0;
                if (c == '\n') StartLine(newBuffer: false);
                else if (c == '\\')
                {
                    int e = NextC();
                    if (e == '\n') StartLine(newBuffer: false);
                }
            }
        }
        return new Token(TokenKind.String, firstLine, startCol, _line, ByteCol(_pos), start, _pos,
            _s.Substring(start, _pos - start));
    }

    // ---------------------------------------------------------------- numbers

    private enum NumberEntry { Start, Fraction }

    private static bool IsDigit(int c) => (uint)(c - '0') <= 9;
    private static bool IsHexDigit(int c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;
    private static bool IsPotentialIdentifierChar(int c)
        => c >= 128 || (c >= 0 && IdentifierChars.IsAsciiContinue((char)c));

    /// <summary>Digits with single underscores between them; returns the first char after, or raises.</summary>
    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do c = NextC(); while (IsDigit(c));
            if (c != '_') break;
            c = NextC();
            if (!IsDigit(c))
            {
                Backup(c);
                RaiseAtCursor("invalid decimal literal");
            }
        }
        return c;
    }

    /// <summary>CPython reads ahead after a number: a following name start is an error, except the keywords
    /// that can follow a number in valid code (and, else, for, if, in, is, not, or: only a warning).</summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        bool r = false;
        if (c == 'a') r = LookAhead("nd");
        else if (c == 'e') r = LookAhead("lse");
        else if (c == 'f') r = LookAhead("or");
        else if (c == 'i')
        {
            int c2 = Peek();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
        }
        else if (c == 'o') r = LookAhead("r");
        else if (c == 'n') r = LookAhead("ot");
        if (r) return;   // CPython warns "invalid {kind} literal" here
        if (IsPotentialIdentifierChar(c))
        {
            Backup(c);
            RaiseAtCursor($"invalid {kind} literal");
        }
    }

    private bool LookAhead(string rest)
    {
        int p = _pos;
        foreach (char t in rest)
        {
            if (p >= _end || _s[p] != t) return false;
            p++;
        }
        return !(p < _end && IsPotentialIdentifierChar(_s[p]));
    }

    private Token ScanNumber(int start, int c, NumberEntry entry)
    {
        if (entry == NumberEntry.Fraction) goto fraction;
        if (c == '0')
        {
            c = NextC();
            if (c == 'x' || c == 'X')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (!IsHexDigit(c)) { Backup(c); RaiseAtCursor("invalid hexadecimal literal"); }
                    do c = NextC(); while (IsHexDigit(c));
                } while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
            }
            else if (c == 'o' || c == 'O')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigit(c)) RaiseAtCursor($"invalid digit '{(char)c}' in octal literal");
                        Backup(c);
                        RaiseAtCursor("invalid octal literal");
                    }
                    do c = NextC(); while (c >= '0' && c < '8');
                } while (c == '_');
                if (IsDigit(c)) RaiseAtCursor($"invalid digit '{(char)c}' in octal literal");
                VerifyEndOfNumber(c, "octal");
            }
            else if (c == 'b' || c == 'B')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c != '0' && c != '1')
                    {
                        if (IsDigit(c)) RaiseAtCursor($"invalid digit '{(char)c}' in binary literal");
                        Backup(c);
                        RaiseAtCursor("invalid binary literal");
                    }
                    do c = NextC(); while (c == '0' || c == '1');
                } while (c == '_');
                if (IsDigit(c)) RaiseAtCursor($"invalid digit '{(char)c}' in binary literal");
                VerifyEndOfNumber(c, "binary");
            }
            else
            {
                bool nonzero = false;
                // Maybe an old-style octal; '0' alone (or 0_0...) is fine.
                while (true)
                {
                    if (c == '_')
                    {
                        c = NextC();
                        if (!IsDigit(c)) { Backup(c); RaiseAtCursor("invalid decimal literal"); }
                    }
                    if (c != '0') break;
                    c = NextC();
                }
                int zerosEnd = _pos;
                if (IsDigit(c))
                {
                    nonzero = true;
                    c = DecimalTail();
                }
                if (c == '.') { c = NextC(); goto fraction; }
                if (c == 'e' || c == 'E') goto exponent;
                if (c == 'j' || c == 'J') goto imaginary;
                if (nonzero)
                {
                    Backup(c);
                    RaiseKnownRange("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        ByteCol(start) + 1, ByteCol(zerosEnd));
                }
                VerifyEndOfNumber(c, "decimal");
            }
            Backup(c);
            return NumberToken(start);
        }

        // Decimal.
        Backup(c);
        c = DecimalTail();
        if (c == '.') { c = NextC(); goto fraction; }
        goto afterFraction;

    fraction:
        if (IsDigit(c)) { Backup(c); c = DecimalTail(); }
    afterFraction:
        if (c == 'e' || c == 'E') goto exponent;
        if (c == 'j' || c == 'J') goto imaginary;
        VerifyEndOfNumber(c, "decimal");
        Backup(c);
        return NumberToken(start);

    exponent:
        {
            int e = c;
            c = NextC();
            if (c == '+' || c == '-')
            {
                c = NextC();
                if (!IsDigit(c)) { Backup(c); RaiseAtCursor("invalid decimal literal"); }
            }
            else if (!IsDigit(c))
            {
                Backup(c);
                VerifyEndOfNumber(e, "decimal");
                Backup(e);
                return NumberToken(start);
            }
            Backup(c);
            c = DecimalTail();
            if (c == 'j' || c == 'J') goto imaginary;
            VerifyEndOfNumber(c, "decimal");
            Backup(c);
            return NumberToken(start);
        }

    imaginary:
        c = NextC();
        VerifyEndOfNumber(c, "imaginary");
        Backup(c);
        return NumberToken(start);
    }

    private Token NumberToken(int start)
        => new(TokenKind.Number, _line, ByteCol(start), _line, ByteCol(_pos), start, _pos, _s.Substring(start, _pos - start));
}
