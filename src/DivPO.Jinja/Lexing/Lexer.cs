using System.Globalization;
using System.Text;
using DivPO.Jinja.Python;

namespace DivPO.Jinja.Lexing;

/// <summary>
/// Splits a template into text and tag tokens the way Jinja's lexer does with the settings of Hugging Face's
/// chat-template environment: <c>trim_blocks</c> and <c>lstrip_blocks</c> on, <c>keep_trailing_newline</c> off,
/// newlines normalised to <c>\n</c>, and <c>-</c>/<c>+</c> whitespace control on every tag.
/// </summary>
internal sealed class Lexer
{
    private readonly string _source;
    private readonly SourceMap _map;
    private readonly List<Token> _tokens = [];
    private readonly Stack<char> _brackets = new();
    private int _pos;

    // Whether the previous tag ended with a newline: lstrip_blocks then also strips indentation at the
    // very start of the following text (the text has no newline of its own to look behind).
    private bool _lineStarting = true;

    private Lexer(string source)
    {
        _source = source;
        _map = new SourceMap(source);
    }

    /// <summary>The tokens of <paramref name="source"/>, ending with <see cref="TokenKind.EndOfTemplate"/>.</summary>
    public static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(Normalize(source));
        lexer.Run();
        return lexer._tokens;
    }

    private static string Normalize(string source)
    {
        var normalized = source.Replace("\r\n", "\n").Replace('\r', '\n');
        return normalized.EndsWith('\n') ? normalized[..^1] : normalized;
    }

    private void Run()
    {
        while (_pos < _source.Length)
        {
            var open = FindTagOpen(_pos);
            if (open < 0)
            {
                Add(TokenKind.Text, _source[_pos..], _pos);
                break;
            }

            var kind = _source[open + 1];
            var modifier = open + 2 < _source.Length && _source[open + 2] is '-' or '+' ? _source[open + 2] : '\0';
            var text = ControlLeadingWhitespace(_source[_pos..open], modifier, stripsIndentation: kind != '{');
            if (text.Length > 0)
                Add(TokenKind.Text, text, _pos);

            if (kind == '%' && TryLexRaw(open))
                continue;
            _pos = open + (modifier == '\0' ? 2 : 3);
            switch (kind)
            {
                case '#':
                    LexComment(open);
                    break;
                case '%':
                    Add(TokenKind.BlockBegin, null, open);
                    LexTagContents(isBlock: true);
                    break;
                default:
                    Add(TokenKind.VariableBegin, null, open);
                    LexTagContents(isBlock: false);
                    break;
            }
        }
        Add(TokenKind.EndOfTemplate, null, _source.Length);
    }

    private int FindTagOpen(int from)
    {
        for (var i = _source.IndexOf('{', from); i >= 0 && i + 1 < _source.Length; i = _source.IndexOf('{', i + 1))
        {
            if (_source[i + 1] is '{' or '%' or '#')
                return i;
        }
        return -1;
    }

    /// <summary>Applies <c>{%-</c> (strip all whitespace before) or lstrip_blocks (strip the line's indentation).</summary>
    private string ControlLeadingWhitespace(string text, char modifier, bool stripsIndentation)
    {
        if (modifier == '-')
            return PyStrings.RStripWhitespace(text);
        if (modifier == '+' || !stripsIndentation)
            return text;
        var lineStart = text.LastIndexOf('\n') + 1;
        if (lineStart == 0 && !_lineStarting)
            return text;
        for (var i = lineStart; i < text.Length; i++)
        {
            if (!PyChar.IsSpace(text[i]))
                return text;
        }
        return text[..lineStart];
    }

    /// <summary>Consumes the end of a block or comment: <c>-</c> eats all following whitespace, plain trims one newline.</summary>
    private void ControlTrailingWhitespace(char modifier, bool trimsNewline)
    {
        if (modifier == '-')
        {
            while (_pos < _source.Length && PyChar.IsSpace(_source[_pos]))
                _pos++;
        }
        else if (modifier != '+' && trimsNewline && _pos < _source.Length && _source[_pos] == '\n')
        {
            _pos++;
        }
        _lineStarting = _pos > 0 && _source[_pos - 1] == '\n';
    }

    private void LexComment(int open)
    {
        var close = _source.IndexOf("#}", _pos, StringComparison.Ordinal);
        if (close < 0)
            throw Error("Missing end of comment tag", open);
        var modifier = close > _pos && _source[close - 1] is '-' or '+' ? _source[close - 1] : '\0';
        _pos = close + 2;
        ControlTrailingWhitespace(modifier, trimsNewline: true);
    }

    /// <summary><c>{% raw %}…{% endraw %}</c>: the content is text, whitespace control applies at both ends.</summary>
    private bool TryLexRaw(int open)
    {
        if (!TryMatchTag(open, "raw", out _, out var beginEnd, out var beginEndModifier))
            return false;
        _pos = beginEnd;
        // Jinja's raw-begin rule has no trim_blocks suffix, so only "-%}" touches what follows.
        ControlTrailingWhitespace(beginEndModifier, trimsNewline: false);

        for (var at = _source.IndexOf("{%", _pos, StringComparison.Ordinal); at >= 0;
             at = _source.IndexOf("{%", at + 2, StringComparison.Ordinal))
        {
            if (!TryMatchTag(at, "endraw", out var endModifier, out var end, out var endEndModifier))
                continue;
            var content = ControlLeadingWhitespace(_source[_pos..at], endModifier, stripsIndentation: true);
            if (content.Length > 0)
                Add(TokenKind.Text, content, _pos);
            _pos = end;
            ControlTrailingWhitespace(endEndModifier, trimsNewline: true);
            return true;
        }
        throw Error("Missing end of raw directive", open);
    }

    /// <summary>Matches <c>{%[-+]? \s* keyword \s* [-+]?%}</c> at <paramref name="at"/>.</summary>
    private bool TryMatchTag(int at, string keyword, out char openModifier, out int end, out char closeModifier)
    {
        openModifier = closeModifier = '\0';
        end = 0;
        var i = at + 2;
        if (i < _source.Length && _source[i] is '-' or '+')
            openModifier = _source[i++];
        i = SkipSpace(i);
        if (string.CompareOrdinal(_source, i, keyword, 0, keyword.Length) != 0)
            return false;
        i = SkipSpace(i + keyword.Length);
        if (i < _source.Length && _source[i] is '-' or '+')
            closeModifier = _source[i++];
        if (string.CompareOrdinal(_source, i, "%}", 0, 2) != 0)
            return false;
        end = i + 2;
        return true;
    }

    private int SkipSpace(int i)
    {
        while (i < _source.Length && PyChar.IsSpace(_source[i]))
            i++;
        return i;
    }

    private void LexTagContents(bool isBlock)
    {
        var closer = isBlock ? '%' : '}';
        while (true)
        {
            _pos = SkipSpace(_pos);
            if (_pos >= _source.Length)
                throw Error($"unexpected end of template, expected '{(isBlock ? "end of statement block" : "end of print statement")}'", _pos);
            if (_brackets.Count == 0 && TryLexTagEnd(isBlock, closer))
                return;

            var c = _source[_pos];
            if (char.IsAsciiDigit(c))
                LexNumber();
            else if (char.IsLetter(c) || c == '_')
                LexName();
            else if (c is '\'' or '"')
                LexString();
            else
                LexOperator();
        }
    }

    private bool TryLexTagEnd(bool isBlock, char closer)
    {
        var modifier = _source[_pos] is '-' or '+' ? _source[_pos] : '\0';
        if (modifier == '+' && !isBlock)
            return false;
        var at = _pos + (modifier == '\0' ? 0 : 1);
        if (at + 1 >= _source.Length || _source[at] != closer || _source[at + 1] != '}')
            return false;
        Add(isBlock ? TokenKind.BlockEnd : TokenKind.VariableEnd, null, _pos);
        _pos = at + 2;
        ControlTrailingWhitespace(modifier, trimsNewline: isBlock);
        return true;
    }

    private void LexName()
    {
        var start = _pos;
        while (_pos < _source.Length && (char.IsLetterOrDigit(_source[_pos]) || _source[_pos] == '_'))
            _pos++;
        Add(TokenKind.Name, _source[start.._pos], start);
    }

    private void LexNumber()
    {
        var start = _pos;
        if (_source[_pos] == '0' && _pos + 1 < _source.Length && char.ToLowerInvariant(_source[_pos + 1]) is 'x' or 'o' or 'b')
        {
            LexPrefixedInteger(start);
            return;
        }

        var digits = new StringBuilder();
        ReadDigits(digits);
        var isFloat = false;
        // Jinja's float rule refuses to start right after a dot, so `x.0.1` is two subscripts, not x . 0.1.
        var afterDot = start > 0 && _source[start - 1] == '.';
        if (!afterDot && _pos + 1 < _source.Length && _source[_pos] == '.' && char.IsAsciiDigit(_source[_pos + 1]))
        {
            _pos++;
            digits.Append('.');
            ReadDigits(digits);
            isFloat = true;
        }
        if (!afterDot && TryReadExponent(digits))
            isFloat = true;

        var text = digits.ToString();
        if (isFloat)
            Add(TokenKind.Float, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), start);
        else if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            Add(TokenKind.Integer, value, start);
        else
            throw Error($"integer literal {text} is too large", start);
    }

    private void LexPrefixedInteger(int start)
    {
        var numberBase = char.ToLowerInvariant(_source[_pos + 1]) switch { 'x' => 16, 'o' => 8, _ => 2 };
        _pos += 2;
        long value = 0;
        var any = false;
        while (_pos < _source.Length)
        {
            var c = _source[_pos];
            var digit = c == '_' ? -2 : HexDigit(c);
            if (digit == -2)
            {
                _pos++;
                continue;
            }
            if (digit < 0 || digit >= numberBase)
                break;
            value = checked(value * numberBase + digit);
            any = true;
            _pos++;
        }
        if (!any)
            throw Error("invalid integer literal", start);
        Add(TokenKind.Integer, value, start);
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Digits with Python's single underscores between them.</summary>
    private void ReadDigits(StringBuilder into)
    {
        while (_pos < _source.Length)
        {
            var c = _source[_pos];
            if (char.IsAsciiDigit(c))
                into.Append(c);
            else if (!(c == '_' && _pos + 1 < _source.Length && char.IsAsciiDigit(_source[_pos + 1])))
                break;
            _pos++;
        }
    }

    private bool TryReadExponent(StringBuilder into)
    {
        if (_pos >= _source.Length || _source[_pos] is not ('e' or 'E'))
            return false;
        var i = _pos + 1;
        if (i < _source.Length && _source[i] is '+' or '-')
            i++;
        if (i >= _source.Length || !char.IsAsciiDigit(_source[i]))
            return false;
        into.Append('e').Append(_source, _pos + 1, i - _pos - 1);
        _pos = i;
        ReadDigits(into);
        return true;
    }

    private void LexString()
    {
        var start = _pos;
        var quote = _source[_pos++];
        var raw = new StringBuilder();
        while (true)
        {
            if (_pos >= _source.Length)
                throw Error("unterminated string literal", start);
            var c = _source[_pos++];
            if (c == quote)
                break;
            raw.Append(c);
            if (c == '\\' && _pos < _source.Length)
                raw.Append(_source[_pos++]);
        }
        Add(TokenKind.String, StringEscapes.Decode(raw.ToString(), message => Error(message, start)), start);
    }

    private void LexOperator()
    {
        foreach (var (text, kind) in TokenSpelling.Operators)
        {
            if (string.CompareOrdinal(_source, _pos, text, 0, text.Length) != 0)
                continue;
            TrackBracket(text[0]);
            Add(kind, null, _pos);
            _pos += text.Length;
            return;
        }
        throw Error($"unexpected char '{_source[_pos]}'", _pos);
    }

    private void TrackBracket(char c)
    {
        switch (c)
        {
            case '(':
                _brackets.Push(')');
                break;
            case '[':
                _brackets.Push(']');
                break;
            case '{':
                _brackets.Push('}');
                break;
            case ')' or ']' or '}':
                if (_brackets.Count == 0)
                    throw Error($"unexpected '{c}'", _pos);
                var expected = _brackets.Pop();
                if (expected != c)
                    throw Error($"unexpected '{c}', expected '{expected}'", _pos);
                break;
        }
    }

    private void Add(TokenKind kind, object? value, int offset) => _tokens.Add(new Token(kind, value, _map.PositionOf(offset)));

    private JinjaException Error(string message, int offset) => new(message, _map.PositionOf(offset));
}
