using System.Text;
using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Methods;

/// <summary>The methods of Python's str that templates use, with Python's parameters and edge cases.</summary>
internal static class StringMethods
{
    public static readonly Dictionary<string, Func<string, Arguments, object?>> All = new()
    {
        ["upper"] = Unary("upper", PyCase.Upper),
        ["lower"] = Unary("lower", PyCase.Lower),
        ["casefold"] = Unary("casefold", PyCase.Lower),
        ["title"] = Unary("title", PyCase.Title),
        ["capitalize"] = Unary("capitalize", PyCase.Capitalize),
        ["swapcase"] = Unary("swapcase", s => string.Concat(s.EnumerateRunes().Select(rune =>
            Rune.IsUpper(rune) ? PyCase.Lower(rune.ToString()) : Rune.IsLower(rune) ? PyCase.UpperOf(rune) : rune.ToString()))),
        ["isalpha"] = Unary("isalpha", s => s.Length > 0 && s.All(char.IsLetter)),
        ["isalnum"] = Unary("isalnum", s => s.Length > 0 && s.All(c => char.IsLetter(c) || char.IsNumber(c))),
        ["isdigit"] = Unary("isdigit", s => s.Length > 0 && s.All(char.IsDigit)),
        ["isnumeric"] = Unary("isnumeric", s => s.Length > 0 && s.All(char.IsNumber)),
        ["isspace"] = Unary("isspace", s => s.Length > 0 && s.All(PyChar.IsSpace)),
        ["islower"] = Unary("islower", PyCase.IsLower),
        ["isupper"] = Unary("isupper", PyCase.IsUpper),
        ["strip"] = Strip("strip", left: true, right: true),
        ["lstrip"] = Strip("lstrip", left: true, right: false),
        ["rstrip"] = Strip("rstrip", left: false, right: true),
        ["split"] = Split("split", PyStrings.Split),
        ["rsplit"] = Split("rsplit", PyStrings.RSplit),
        ["splitlines"] = WithArguments(new Signature("splitlines", ("keepends", false)), (s, p) => PyStrings.SplitLines(s, PyTruth.IsTrue(p[0]))),
        ["startswith"] = Affix("startswith", (window, affix) => window.StartsWith(affix, StringComparison.Ordinal)),
        ["endswith"] = Affix("endswith", (window, affix) => window.EndsWith(affix, StringComparison.Ordinal)),
        ["find"] = Search("find", (window, sub) => window.IndexOf(sub, StringComparison.Ordinal)),
        ["rfind"] = Search("rfind", (window, sub) => window.LastIndexOf(sub, StringComparison.Ordinal)),
        ["index"] = Search("index", (window, sub) => window.IndexOf(sub, StringComparison.Ordinal), mustFind: true),
        ["rindex"] = Search("rindex", (window, sub) => window.LastIndexOf(sub, StringComparison.Ordinal), mustFind: true),
        ["count"] = WithArguments(SearchSignature("count"), (s, p) => PyStrings.Count(Window(s, p), RequireString(p[0]))),
        ["replace"] = WithArguments(new Signature("replace", ("old", Signature.Required), ("new", Signature.Required), ("count", -1L)),
            (s, p) => PyStrings.Replace(s, RequireString(p[0]), RequireString(p[1]), Integers.Require(p[2]))),
        ["join"] = WithArgument("join", (s, items) => PyStrings.Join(s, Iteration.Items(items))),
        ["format"] = StrFormat.Format,
        ["center"] = Justify("center", PyStrings.Center),
        ["ljust"] = Justify("ljust", (s, width, fill) => NumberFormat.Pad(s, "", width, '<', fill)),
        ["rjust"] = Justify("rjust", (s, width, fill) => NumberFormat.Pad(s, "", width, '>', fill)),
        ["zfill"] = WithArgument("zfill", (s, width) => ZeroFill(s, (int)Integers.Require(width))),
        ["removeprefix"] = WithArgument("removeprefix", (s, prefix) => RemovePrefix(s, RequireString(prefix))),
        ["removesuffix"] = WithArgument("removesuffix", (s, suffix) => RemoveSuffix(s, RequireString(suffix))),
        ["partition"] = WithArgument("partition", (s, separator) => Partition(s, RequireString(separator), fromEnd: false)),
        ["rpartition"] = WithArgument("rpartition", (s, separator) => Partition(s, RequireString(separator), fromEnd: true)),
    };

    private static Func<string, Arguments, object?> WithArguments(Signature signature, Func<string, object?[], object?> method) =>
        (s, arguments) => method(s, signature.Bind(arguments));

    private static Func<string, Arguments, object?> WithArgument(string name, Func<string, object?, object?> method)
    {
        var signature = new Signature(name, ("value", Signature.Required));
        return (s, arguments) => method(s, signature.Bind(arguments)[0]);
    }

    private static Func<string, Arguments, object?> Unary<T>(string name, Func<string, T> method) => (s, arguments) =>
    {
        Signature.ExpectNone(name, arguments);
        return method(s);
    };

    private static Func<string, Arguments, object?> Strip(string name, bool left, bool right) =>
        WithArguments(new Signature(name, ("chars", null)), (s, p) => PyStrings.Strip(s, OptionalString(p[0]), left, right));

    private static Func<string, Arguments, object?> Split(string name, Func<string, string?, long, List<object?>> split) =>
        WithArguments(new Signature(name, ("sep", null), ("maxsplit", -1L)), (s, p) => split(s, OptionalString(p[0]), Integers.Require(p[1])));

    private static Signature SearchSignature(string name) => new(name, ("sub", Signature.Required), ("start", null), ("end", null));

    /// <summary>The <c>s[start:end]</c> window that search methods look in (parameters 1 and 2).</summary>
    private static string Window(string s, object?[] p) => (string)ValueAccess.Slice(s, p[1], p[2], null)!;

    /// <summary>find/rfind/index/rindex: the code-point index in the whole string, or -1 (an error for index).</summary>
    private static Func<string, Arguments, object?> Search(string name, Func<string, string, int> search, bool mustFind = false) =>
        WithArguments(SearchSignature(name), (s, p) =>
        {
            var window = Window(s, p);
            var at = search(window, RequireString(p[0]));
            if (at < 0)
                return mustFind ? throw new TemplateError("substring not found") : -1L;
            var length = PyStrings.Length(s);
            var start = p[1] is null ? 0 : Integers.Require(p[1]);
            var offset = Math.Clamp(start < 0 ? start + length : start, 0, length);
            return PyStrings.CodePointIndex(window, at) + offset;
        });

    private static Func<string, Arguments, object?> Affix(string name, Func<string, string, bool> matches) =>
        WithArguments(new Signature(name, ("prefix", Signature.Required), ("start", null), ("end", null)), (s, p) =>
        {
            var window = Window(s, p);
            return p[0] switch
            {
                string affix => matches(window, affix),
                PyTuple affixes => affixes.Items.Any(affix => matches(window, RequireString(affix))),
                _ => throw new TemplateError($"{name} first arg must be str or a tuple of str, not {PyTypes.NameOf(p[0])}"),
            };
        });

    private static Func<string, Arguments, object?> Justify(string name, Func<string, int, char, string> justify) =>
        WithArguments(new Signature(name, ("width", Signature.Required), ("fillchar", " ")), (s, p) =>
        {
            var fill = RequireString(p[1]);
            if (fill.Length != 1)
                throw new TemplateError("The fill character must be exactly one character long");
            return justify(s, (int)Integers.Require(p[0]), fill[0]);
        });

    /// <summary>Pads with zeros after any sign: '-42'.zfill(5) is '-0042'.</summary>
    private static string ZeroFill(string s, int width) => s.Length > 0 && s[0] is '+' or '-'
        ? NumberFormat.Pad(s[1..], s[..1], width, '=', '0')
        : NumberFormat.Pad(s, "", width, '=', '0');

    private static string RemovePrefix(string s, string prefix) =>
        s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;

    private static string RemoveSuffix(string s, string suffix) =>
        suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;

    private static PyTuple Partition(string s, string separator, bool fromEnd)
    {
        if (separator.Length == 0)
            throw new TemplateError("empty separator");
        var at = fromEnd ? s.LastIndexOf(separator, StringComparison.Ordinal) : s.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
            return fromEnd ? new PyTuple(["", "", s]) : new PyTuple([s, "", ""]);
        return new PyTuple([s[..at], separator, s[(at + separator.Length)..]]);
    }

    private static string? OptionalString(object? value) => value is null ? null : RequireString(value);

    private static string RequireString(object? value) =>
        value as string ?? throw new TemplateError($"must be str, not {PyTypes.NameOf(value)}");
}
