using System.Globalization;
using System.Text;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's <c>str()</c> and <c>repr()</c> of runtime values: what <c>{{ value }}</c> prints.</summary>
internal static class PyRepr
{
    public static string Str(object? value) => value switch
    {
        string s => s,
        Undefined => "",
        long l => l.ToString(CultureInfo.InvariantCulture),
        _ => Repr(value),
    };

    public static string Repr(object? value)
    {
        if (value is string s)
            return QuoteString(s);
        var sb = new StringBuilder();
        AppendRepr(sb, value);
        return sb.ToString();
    }

    private static void AppendRepr(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(PyFloat.Repr(d));
                break;
            case string s:
                sb.Append(QuoteString(s));
                break;
            case Undefined:
                sb.Append("Undefined");
                break;
            case List<object?> list:
                AppendItems(sb, '[', list, "]");
                break;
            case PyTuple tuple:
                AppendItems(sb, '(', tuple, tuple.Count == 1 ? ",)" : ")");
                break;
            case PyDict dict:
                AppendPairs(sb, dict);
                break;
            case Namespace ns:
                sb.Append("<Namespace ");
                AppendPairs(sb, ns.Attributes.Select(p => new KeyValuePair<object?, object?>(p.Key, p.Value)));
                sb.Append('>');
                break;
            case LoopContext loop:
                sb.Append("<LoopContext ").Append(loop.Index).Append('/').Append(loop.Length).Append('>');
                break;
            case JinjaCallable callable:
                sb.Append("<function ").Append(callable.Name).Append('>');
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static void AppendItems(StringBuilder sb, char open, IEnumerable<object?> items, string close)
    {
        sb.Append(open);
        var first = true;
        foreach (var item in items)
        {
            if (!first)
                sb.Append(", ");
            first = false;
            AppendRepr(sb, item);
        }
        sb.Append(close);
    }

    private static void AppendPairs(StringBuilder sb, IEnumerable<KeyValuePair<object?, object?>> pairs)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in pairs)
        {
            if (!first)
                sb.Append(", ");
            first = false;
            AppendRepr(sb, key);
            sb.Append(": ");
            AppendRepr(sb, value);
        }
        sb.Append('}');
    }

    /// <summary>Python's string repr: single quotes unless only single quotes occur, non-printables escaped.</summary>
    public static string QuoteString(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '\\':
                    sb.Append(@"\\");
                    continue;
                case '\t':
                    sb.Append(@"\t");
                    continue;
                case '\n':
                    sb.Append(@"\n");
                    continue;
                case '\r':
                    sb.Append(@"\r");
                    continue;
            }
            if (c == quote)
            {
                sb.Append('\\').Append(c);
                continue;
            }
            if (c is >= ' ' and < '\x7f')
            {
                sb.Append(c);
                continue;
            }
            var isPair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            var codePoint = isPair ? char.ConvertToUtf32(c, s[i + 1]) : c;
            if (IsPrintable(codePoint))
                sb.Append(s, i, isPair ? 2 : 1);
            else if (codePoint <= 0xFF)
                sb.Append(@"\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            else if (codePoint <= 0xFFFF)
                sb.Append(@"\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            else
                sb.Append(@"\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
            if (isPair)
                i++;
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
