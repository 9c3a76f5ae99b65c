using System.Text;
using Krait.Syntax.Ast;
using Krait.Syntax.Text;
using Krait.Syntax.Tokens;

namespace Krait.Syntax.Parsing;

/// <summary>Turns a run of adjacent STRING tokens into one Constant (str or bytes) or, when an f-string is among
/// them, one JoinedStr, as CPython 3.11's parser does.</summary>
internal static class StringLiteralParser
{
    /// <summary>Notes CPython's DeprecationWarning for the first invalid escape of a literal, over its token.</summary>
    internal static void WarnInvalidEscape(SourceText source, in Token token, string text, int start, int end, bool bytes)
    {
        if (text.IndexOf('\\', start, end - start) < 0) return;
        if (EscapeDecoder.FirstInvalidEscape(text, start, end, bytes) is { } escape)
            source.AddWarning(new SourceWarning("DeprecationWarning", $"invalid escape sequence '\\{escape}'",
                token.Line, token.Col, token.EndLine, token.EndCol));
    }

    public static Expr Parse(Parser parser, List<Token> tokens)
        => Parse(parser.Source, tokens, new ErrorAnchor(parser), Parser.ParseFStringExpression);

    /// <summary>The work of <see cref="Parse(Parser, List{Token})"/>. Errors that CPython raises "at the current
    /// token" point at <paramref name="errorAnchor"/>: the last token the parser fetched (the one after the run).
    /// <paramref name="parseExpression"/> parses f-string replacement fields (null: f-strings are not expected).</summary>
    internal static Expr Parse(SourceText source, List<Token> tokens, ErrorAnchor errorAnchor, FStringExpressionParser? parseExpression)
    {
        Token first = tokens[0];
        Token last = tokens[tokens.Count - 1];
        string? kind = first.Text![0] == 'u' ? "u" : null;

        bool bytesMode = false;
        string? single = null;          // the value while the run is one str literal
        StringBuilder? joined = null;   // str values once there are several
        List<int>? loneHighs = null;    // where escapes put lone high surrogates in single/joined
        byte[]? singleBytes = null;
        List<byte[]>? bytesParts = null;
        FStringParser? fstring = null;

        for (int t = 0; t < tokens.Count; t++)
        {
            Token token = tokens[t];
            string text = NormalizeNewlines(token.Text!);
            var literal = ReadPrefix(text);

            // Decoding errors come before the mixing check, as in CPython (f-strings are scanned later).
            string? strValue = null;
            List<int>? partLoneHighs = null;
            byte[]? bytesValue = null;
            if (!literal.IsFString)
            {
                if (literal.IsBytes)
                {
                    // CPython 3.11.2 raises this one at the last token fetched too (later 3.11 releases moved it
                    // to the literal's own span).
                    if (text.AsSpan(literal.BodyStart, literal.BodyEnd - literal.BodyStart).ContainsAnyExceptInRange('\0', '\x7F'))
                        throw errorAnchor.Error(source, "bytes can only contain ASCII literal characters");
                    if (literal.IsRaw)
                    {
                        bytesValue = EscapeDecoder.AsciiBytes(text, literal.BodyStart, literal.BodyEnd);
                    }
                    else
                    {
                        bytesValue = EscapeDecoder.DecodeBytes(text, literal.BodyStart, literal.BodyEnd, out string? error);
                        if (bytesValue == null) throw errorAnchor.Error(source, error!);
                        WarnInvalidEscape(source, token, text, literal.BodyStart, literal.BodyEnd, bytes: true);
                    }
                }
                else
                {
                    if (source.HasUndecodableBytes)
                    {
                        bool perRun = !literal.IsRaw && text.IndexOf('\\', literal.BodyStart, literal.BodyEnd - literal.BodyStart) >= 0;
                        string? invalid = EscapeDecoder.FindUndecodable(text, literal.BodyStart, literal.BodyEnd, perRun);
                        if (invalid != null) throw errorAnchor.Error(source, invalid);
                    }
                    if (literal.IsRaw)
                    {
                        strValue = text.Substring(literal.BodyStart, literal.BodyEnd - literal.BodyStart);
                    }
                    else
                    {
                        strValue = EscapeDecoder.DecodeStr(text, literal.BodyStart, literal.BodyEnd, out string? error,
                                                           ref partLoneHighs, 0);
                        if (strValue == null) throw errorAnchor.Error(source, error!);
                        WarnInvalidEscape(source, token, text, literal.BodyStart, literal.BodyEnd, bytes: false);
                    }
                }
            }
            if (t != 0 && bytesMode != literal.IsBytes)
                throw errorAnchor.Error(source, "cannot mix bytes and nonbytes literals");
            bytesMode = literal.IsBytes;

            if (literal.IsFString)
            {
                if (fstring == null)
                {
                    if (parseExpression == null)
                        throw new InvalidOperationException("f-string without an expression parser");
                    fstring = new FStringParser(source, first, last, errorAnchor, kind, parseExpression);
                    // Plain strings before the first f-string are literal text of the JoinedStr.
                    if (joined != null) fstring.AppendLiteral(joined.ToString(), loneHighs);
                    else if (single != null) fstring.AppendLiteral(single, loneHighs);
                }
                fstring.AppendFString(token, text, literal.BodyStart, literal.BodyEnd, literal.IsRaw);
            }
            else if (bytesValue != null)
            {
                if (singleBytes == null) singleBytes = bytesValue;
                else (bytesParts ??= new List<byte[]> { singleBytes }).Add(bytesValue);
            }
            else if (fstring != null)
            {
                fstring.AppendLiteral(strValue!, partLoneHighs);
            }
            else if (single == null)
            {
                single = strValue;
                loneHighs = partLoneHighs;
            }
            else
            {
                joined ??= new StringBuilder(single);
                if (partLoneHighs != null)
                {
                    loneHighs ??= new List<int>();
                    foreach (int i in partLoneHighs) loneHighs.Add(joined.Length + i);
                }
                joined.Append(strValue);
            }
        }

        if (fstring != null)
            return fstring.Finish();
        Expr result;
        if (bytesMode)
        {
            byte[] value = singleBytes!;
            if (bytesParts != null)
            {
                int total = 0;
                foreach (var part in bytesParts) total += part.Length;
                value = new byte[total];
                int at = 0;
                foreach (var part in bytesParts)
                {
                    part.CopyTo(value, at);
                    at += part.Length;
                }
            }
            result = new Constant(value, null);
        }
        else
        {
            result = new Constant(EscapeDecoder.StrValue(joined != null ? joined.ToString() : single!, loneHighs), kind);
        }
        result.SetSpan(first.Line, first.Col, last.EndLine, last.EndCol);
        return result;
    }

    /// <summary>CPython reads sources with "\r\n" and "\r" translated to "\n", so string values never hold them
    /// (SourceText already translates; this guards tokens made elsewhere).</summary>
    private static string NormalizeNewlines(string text)
    {
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>What the prefix and quotes of a string token say, and where its body lies.</summary>
    internal readonly struct LiteralShape
    {
        public readonly bool IsBytes, IsRaw, IsFString;
        public readonly int BodyStart, BodyEnd;

        public LiteralShape(bool isBytes, bool isRaw, bool isFString, int bodyStart, int bodyEnd)
        {
            IsBytes = isBytes; IsRaw = isRaw; IsFString = isFString; BodyStart = bodyStart; BodyEnd = bodyEnd;
        }
    }

    /// <summary>Reads a string token's prefix letters and quotes.</summary>
    internal static LiteralShape ReadPrefix(string text)
    {
        bool isBytes = false, isRaw = false, isF = false;
        int i = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\'' || c == '"') break;
            switch (c)
            {
                case 'b': case 'B': isBytes = true; break;
                case 'r': case 'R': isRaw = true; break;
                case 'f': case 'F': isF = true; break;
                // 'u' / 'U' change nothing but the Constant's kind.
            }
        }
        char quote = text[i];
        int quoteLength = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote && text.Length - i >= 6 ? 3 : 1;
        return new LiteralShape(isBytes, isRaw, isF, i + quoteLength, text.Length - quoteLength);
    }
}

internal sealed partial class Parser
{
    /// <summary>CPython's RAISE_SYNTAX_ERROR for string literal errors: at the last token fetched.</summary>
    internal Errors.PythonSyntaxError ErrorAtLastFetched(string msg) => ErrorAtLast(msg);
}

/// <summary>Where string literal errors go: CPython raises them "at the current token", the last token the
/// parser fetched. Given a parser, its own rule is used (it knows the tokens without columns); given a token
/// (unit tests), that token's span.</summary>
internal readonly struct ErrorAnchor
{
    private readonly Parser? _parser;
    private readonly Token _token;

    public ErrorAnchor(Parser parser) { _parser = parser; _token = default; }
    public ErrorAnchor(Token token) { _parser = null; _token = token; }

    public Errors.PythonSyntaxError Error(SourceText source, string message)
        => _parser != null
            ? _parser.ErrorAtLastFetched(message)
            : source.Error("SyntaxError", message, _token.Line, _token.Col, _token.EndLine, _token.EndCol);
}
