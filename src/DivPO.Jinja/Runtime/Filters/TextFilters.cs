using System.Text;
using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

using static DivPO.Jinja.Runtime.Filters.FilterFunctions;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Filters that work on the string form of a value.</summary>
internal static class TextFilters
{
    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["upper"] = OnText("upper", PyCase.Upper);
        registry["lower"] = OnText("lower", PyCase.Lower);
        registry["capitalize"] = OnText("capitalize", PyCase.Capitalize);
        registry["title"] = OnText("title", Title);
        registry["wordcount"] = OnText("wordcount", s => (long)WordCount(s));
        registry["escape"] = registry["e"] = OnText("escape", Escape);
        // Autoescaping is off in chat templates, so marking a value safe only turns it into a string.
        registry["safe"] = OnText("safe", s => s);
        registry["trim"] = WithParameters(new Signature("trim", ("chars", null)), (value, p) =>
            PyStrings.Strip(PyRepr.Str(value), p[0] is null ? null : PyRepr.Str(p[0]), left: true, right: true));
        registry["replace"] = WithParameters(new Signature("replace", ("old", Signature.Required), ("new", Signature.Required), ("count", null)), (value, p) =>
            PyStrings.Replace(PyRepr.Str(value), PyRepr.Str(p[0]), PyRepr.Str(p[1]), p[2] is null ? -1 : Integers.Require(p[2])));
        registry["indent"] = WithParameters(new Signature("indent", ("width", 4L), ("first", false), ("blank", false)), (value, p) =>
            Indent(PyRepr.Str(value), p));
        registry["center"] = WithParameters(new Signature("center", ("width", 80L)), (value, p) =>
            PyStrings.Center(PyRepr.Str(value), (int)Integers.Require(p[0]), ' '));
        registry["truncate"] = WithParameters(new Signature("truncate", ("length", 255L), ("killwords", false), ("end", "..."), ("leeway", 5L)), (value, p) =>
            Truncate(PyRepr.Str(value), p));
        registry["format"] = Format;
    }

    /// <summary>
    /// Jinja's title filter (not str.title): each word after whitespace, '-' or an opening bracket gets its first
    /// character upper-cased and the rest lower-cased.
    /// </summary>
    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var wordStart = true;
        foreach (var rune in s.EnumerateRunes())
        {
            var isBoundary = rune.IsBmp && (PyChar.IsSpace((char)rune.Value) || rune.Value is '-' or '(' or '{' or '[' or '<');
            sb.Append(isBoundary ? rune.ToString() : wordStart ? PyCase.UpperOf(rune) : PyCase.Lower(rune.ToString()));
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
