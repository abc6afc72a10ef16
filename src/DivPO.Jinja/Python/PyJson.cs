using System.Globalization;
using System.Text;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>
/// Python's <c>json.dumps</c> as Hugging Face's <c>tojson</c> filter calls it (<c>ensure_ascii=False</c> by default):
/// <c>", "</c>/<c>": "</c> separators, <c>","</c> before newlines when indenting, floats as Python prints them.
/// </summary>
internal sealed class PyJson
{
    private readonly StringBuilder _sb = new();
    private readonly string? _indent;
    private readonly string _itemSeparator;
    private readonly string _keySeparator;
    private readonly bool _ensureAscii;
    private readonly bool _sortKeys;

    private PyJson(string? indent, string? itemSeparator, string? keySeparator, bool ensureAscii, bool sortKeys)
    {
        _indent = indent;
        _itemSeparator = itemSeparator ?? (indent is null ? ", " : ",");
        _keySeparator = keySeparator ?? ": ";
        _ensureAscii = ensureAscii;
        _sortKeys = sortKeys;
    }

    /// <param name="value">The value to serialise.</param>
    /// <param name="indent">Null for one line, else the string repeated per nesting level.</param>
    /// <param name="itemSeparator">Null for Python's default.</param>
    /// <param name="keySeparator">Null for Python's default.</param>
    /// <param name="ensureAscii">Escape everything beyond ASCII as <c>\uXXXX</c>.</param>
    /// <param name="sortKeys">Write object members ordered by key.</param>
    public static string Dumps(object? value, string? indent = null, string? itemSeparator = null, string? keySeparator = null,
        bool ensureAscii = false, bool sortKeys = false)
    {
        var writer = new PyJson(indent, itemSeparator, keySeparator, ensureAscii, sortKeys);
        writer.Write(value, 0);
        return writer._sb.ToString();
    }

    private void Write(object? value, int depth)
    {
        switch (value)
        {
            case null:
                _sb.Append("null");
                break;
            case bool b:
                _sb.Append(b ? "true" : "false");
                break;
            case long l:
                _sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                _sb.Append(FloatText(d));
                break;
            case string s:
                WriteString(s);
                break;
            case IReadOnlyList<object?> items:
                WriteArray(items, depth);
                break;
            case PyDict dict:
                WriteObject(dict, depth);
                break;
            default:
                throw new TemplateError($"Object of type {PyTypes.NameOf(value)} is not JSON serializable");
        }
    }

    private static string FloatText(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => PyFloat.Repr(d),
    };

    private void WriteArray(IReadOnlyList<object?> items, int depth)
    {
        if (items.Count == 0)
        {
            _sb.Append("[]");
            return;
        }
        _sb.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            WriteSeparator(i, depth + 1);
            Write(items[i], depth + 1);
        }
        WriteClosingNewline(depth);
        _sb.Append(']');
    }

    private void WriteObject(PyDict dict, int depth)
    {
        if (dict.Count == 0)
        {
            _sb.Append("{}");
            return;
        }
        IEnumerable<KeyValuePair<string, object?>> members = dict.Select(p => new KeyValuePair<string, object?>(KeyText(p.Key), p.Value));
        if (_sortKeys)
            members = members.OrderBy(p => p.Key, Comparer<string>.Create(PyStrings.CompareOrdinalByCodePoint));
        _sb.Append('{');
        var index = 0;
        foreach (var (key, value) in members)
        {
            WriteSeparator(index++, depth + 1);
            WriteString(key);
            _sb.Append(_keySeparator);
            Write(value, depth + 1);
        }
        WriteClosingNewline(depth);
        _sb.Append('}');
    }

    private static string KeyText(object? key) => key switch
    {
        string s => s,
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatText(d),
        _ => throw new TemplateError($"keys must be str, int, float, bool or None, not {PyTypes.NameOf(key)}"),
    };

    private void WriteSeparator(int index, int depth)
    {
        if (index > 0)
            _sb.Append(_itemSeparator);
        if (_indent is not null)
            _sb.Append('\n').Insert(_sb.Length, _indent, depth);
    }

    private void WriteClosingNewline(int depth)
    {
        if (_indent is not null)
            _sb.Append('\n').Insert(_sb.Length, _indent, depth);
    }

    private void WriteString(string s)
    {
        _sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append(@"\\"); break;
                case '\n': _sb.Append(@"\n"); break;
                case '\r': _sb.Append(@"\r"); break;
                case '\t': _sb.Append(@"\t"); break;
                case '\b': _sb.Append(@"\b"); break;
                case '\f': _sb.Append(@"\f"); break;
                default:
                    if (c < ' ' || (_ensureAscii && c > '~'))
                        _sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        _sb.Append(c);
                    break;
            }
        }
        _sb.Append('"');
    }
}
