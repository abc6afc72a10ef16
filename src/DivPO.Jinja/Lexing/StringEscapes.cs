using System.Globalization;
using System.Text;

namespace DivPO.Jinja.Lexing;

/// <summary>
/// Decodes string literals the way Jinja does (Python's <c>unicode-escape</c> codec applied to the literal):
/// the usual backslash escapes, octal, <c>\x</c>, <c>\u</c>, <c>\U</c>; unknown escapes keep their backslash.
/// </summary>
internal static class StringEscapes
{
    public static string Decode(string raw, Func<string, Exception> error)
    {
        if (!raw.Contains('\\'))
            return raw;
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length)
            {
                sb.Append(c);
                continue;
            }
            var e = raw[++i];
            switch (e)
            {
                case '\n': break; // a backslash before a newline continues the line
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case 'x': i = AppendHex(raw, i, 2, sb, error); break;
                case 'u': i = AppendHex(raw, i, 4, sb, error); break;
                case 'U': i = AppendHex(raw, i, 8, sb, error); break;
                case >= '0' and <= '7': i = AppendOctal(raw, i, sb); break;
                default: sb.Append('\\').Append(e); break;
            }
        }
        return sb.ToString();
    }

    private static int AppendHex(string raw, int escapeAt, int digits, StringBuilder sb, Func<string, Exception> error)
    {
        var start = escapeAt + 1;
        if (start + digits > raw.Length ||
            !int.TryParse(raw.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
            raw.AsSpan(start, digits).ContainsAny('+', '-') || code > 0x10FFFF)
        {
            throw error($"truncated \\{raw[escapeAt]} escape in string literal");
        }
        if (code <= char.MaxValue)
            sb.Append((char)code);
        else
            sb.Append(char.ConvertFromUtf32(code));
        return start + digits - 1;
    }

    private static int AppendOctal(string raw, int first, StringBuilder sb)
    {
        var code = 0;
        var i = first;
        while (i < raw.Length && i < first + 3 && raw[i] is >= '0' and <= '7')
            code = code * 8 + (raw[i++] - '0');
        sb.Append((char)code);
        return i - 1;
    }
}
