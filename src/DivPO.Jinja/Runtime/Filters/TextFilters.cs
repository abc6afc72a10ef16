using System.Text;
using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Filters that work on the string form of a value.</summary>
internal static class TextFilters
{
    private static readonly Signature NoParameters = new("filter");
    private static readonly Signature TrimSignature = new("trim", ("chars", null));
    private static readonly Signature ReplaceSignature = new("replace", ("old", Signature.Required), ("new", Signature.Required), ("count", null));
    private static readonly Signature IndentSignature = new("indent", ("width", 4L), ("first", false), ("blank", false));
    private static readonly Signature CenterSignature = new("center", ("width", 80L));
    private static readonly Signature TruncateSignature = new("truncate", ("length", 255L), ("killwords", false), ("end", "..."), ("leeway", 5L));

    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["upper"] = (value, a) => Unary(value, a).ToUpperInvariant();
        registry["lower"] = (value, a) => Unary(value, a).ToLowerInvariant();
        registry["capitalize"] = (value, a) => PyStrings.Capitalize(Unary(value, a));
        registry["title"] = (value, a) => Title(Unary(value, a));
        registry["trim"] = (value, a) =>
        {
            var chars = TrimSignature.Bind(a)[0];
            return PyStrings.Strip(PyRepr.Str(value), chars is null ? null : PyRepr.Str(chars), left: true, right: true);
        };
        registry["replace"] = (value, a) =>
        {
            var p = ReplaceSignature.Bind(a);
            return PyStrings.Replace(PyRepr.Str(value), PyRepr.Str(p[0]), PyRepr.Str(p[1]), p[2] is null ? -1 : Integers.Require(p[2]));
        };
        registry["indent"] = (value, a) => Indent(PyRepr.Str(value), IndentSignature.Bind(a));
        registry["center"] = (value, a) => PyStrings.Center(PyRepr.Str(value), (int)Integers.Require(CenterSignature.Bind(a)[0]), ' ');
        registry["truncate"] = (value, a) => Truncate(PyRepr.Str(value), TruncateSignature.Bind(a));
        registry["wordcount"] = (value, a) => (long)WordCount(Unary(value, a));
        registry["format"] = Format;
        registry["escape"] = registry["e"] = (value, a) => Escape(Unary(value, a));
        // Autoescaping is off in chat templates, so marking a value safe only turns it into a string.
        registry["safe"] = (value, a) => Unary(value, a);
    }

    private static string Unary(object? value, Arguments arguments)
    {
        NoParameters.Bind(arguments);
        return PyRepr.Str(value);
    }

    /// <summary>Jinja's title filter: upper-cases the first letter after whitespace, '-', or an opening bracket.</summary>
    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var wordStart = true;
        foreach (var c in s)
        {
            var isBoundary = PyChar.IsSpace(c) || c is '-' or '(' or '{' or '[' or '<';
            sb.Append(isBoundary ? c : wordStart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            wordStart = isBoundary;
        }
        return sb.ToString();
    }

    private static string Indent(string s, object?[] p)
    {
        var indentation = p[0] as string ?? new string(' ', (int)Math.Max(0, Integers.Require(p[0])));
        var (first, blank) = (PyTruth.IsTrue(p[1]), PyTruth.IsTrue(p[2]));
        // Jinja appends a newline before splitting so a trailing newline survives splitlines().
        var lines = PyStrings.SplitLines(s + "\n").Cast<string>().ToList();
        string result;
        if (blank)
        {
            result = string.Join("\n" + indentation, lines);
        }
        else
        {
            result = lines[0];
            if (lines.Count > 1)
                result += "\n" + string.Join("\n", lines.Skip(1).Select(line => line.Length > 0 ? indentation + line : line));
        }
        return first ? indentation + result : result;
    }

    private static string Truncate(string s, object?[] p)
    {
        var length = Integers.Require(p[0]);
        var killWords = PyTruth.IsTrue(p[1]);
        var end = PyRepr.Str(p[2]);
        var leeway = Integers.Require(p[3]);
        if (length < end.Length)
            throw new TemplateError($"expected length >= {end.Length}, got {length}");
        if (PyStrings.Length(s) <= length + leeway)
            return s;
        var head = (string)ValueAccess.Slice(s, null, length - end.Length, null)!;
        if (killWords)
            return head + end;
        var lastSpace = head.LastIndexOf(' ');
        return (lastSpace < 0 ? head : head[..lastSpace]) + end;
    }

    private static int WordCount(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var isWord = PyChar.IsWordChar(c);
            if (isWord && !inWord)
                count++;
            inWord = isWord;
        }
        return count;
    }

    private static object? Format(object? value, Arguments arguments)
    {
        if (arguments.Positional.Length > 0 && arguments.Named.Length > 0)
            throw new TemplateError("can't handle positional and keyword arguments at the same time");
        object? values;
        if (arguments.Named.Length > 0)
        {
            var dict = new PyDict(arguments.Named.Length);
            foreach (var (name, v) in arguments.Named)
                dict.Set(name, v);
            values = dict;
        }
        else
        {
            values = new PyTuple(arguments.Positional);
        }
        return PercentFormat.Format(PyRepr.Str(value), values);
    }

    private static string Escape(string s) => s
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&#34;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
