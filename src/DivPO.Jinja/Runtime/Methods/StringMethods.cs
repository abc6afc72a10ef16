using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Methods;

/// <summary>The methods of Python's str that templates use, with Python's parameters and edge cases.</summary>
internal static class StringMethods
{
    private static readonly Signature StripSignature = new("strip", ("chars", null));
    private static readonly Signature SplitSignature = new("split", ("sep", null), ("maxsplit", -1L));
    private static readonly Signature AffixSignature = new("startswith", ("prefix", Signature.Required), ("start", null), ("end", null));
    private static readonly Signature SearchSignature = new("find", ("sub", Signature.Required), ("start", null), ("end", null));
    private static readonly Signature ReplaceSignature = new("replace", ("old", Signature.Required), ("new", Signature.Required), ("count", -1L));
    private static readonly Signature JustifySignature = new("center", ("width", Signature.Required), ("fillchar", " "));
    private static readonly Signature SingleSignature = new("str method", ("value", Signature.Required));
    private static readonly Signature SplitLinesSignature = new("splitlines", ("keepends", false));

    public static readonly Dictionary<string, Func<string, Arguments, object?>> All = new()
    {
        ["upper"] = (s, a) => NoArguments("upper", a, s.ToUpperInvariant()),
        ["lower"] = (s, a) => NoArguments("lower", a, s.ToLowerInvariant()),
        ["casefold"] = (s, a) => NoArguments("casefold", a, s.ToLowerInvariant()),
        ["title"] = (s, a) => NoArguments("title", a, PyStrings.Title(s)),
        ["capitalize"] = (s, a) => NoArguments("capitalize", a, PyStrings.Capitalize(s)),
        ["swapcase"] = (s, a) => NoArguments("swapcase", a, string.Concat(s.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)))),
        ["strip"] = (s, a) => PyStrings.Strip(s, OptionalString(StripSignature.Bind(a)[0]), left: true, right: true),
        ["lstrip"] = (s, a) => PyStrings.Strip(s, OptionalString(StripSignature.Bind(a)[0]), left: true, right: false),
        ["rstrip"] = (s, a) => PyStrings.Strip(s, OptionalString(StripSignature.Bind(a)[0]), left: false, right: true),
        ["split"] = (s, a) =>
        {
            var p = SplitSignature.Bind(a);
            return PyStrings.Split(s, OptionalString(p[0]), Integers.Require(p[1]));
        },
        ["rsplit"] = (s, a) =>
        {
            var p = SplitSignature.Bind(a);
            return PyStrings.RSplit(s, OptionalString(p[0]), Integers.Require(p[1]));
        },
        ["splitlines"] = (s, a) => PyStrings.SplitLines(s, PyTruth.IsTrue(SplitLinesSignature.Bind(a)[0])),
        ["startswith"] = (s, a) => MatchesAffix(s, a, (window, affix) => window.StartsWith(affix, StringComparison.Ordinal)),
        ["endswith"] = (s, a) => MatchesAffix(s, a, (window, affix) => window.EndsWith(affix, StringComparison.Ordinal)),
        ["find"] = (s, a) => Find(s, a, fromEnd: false),
        ["rfind"] = (s, a) => Find(s, a, fromEnd: true),
        ["index"] = (s, a) => Found(Find(s, a, fromEnd: false)),
        ["rindex"] = (s, a) => Found(Find(s, a, fromEnd: true)),
        ["count"] = (s, a) =>
        {
            var (window, sub, _) = SearchWindow(s, a);
            return PyStrings.Count(window, sub);
        },
        ["replace"] = (s, a) =>
        {
            var p = ReplaceSignature.Bind(a);
            return PyStrings.Replace(s, RequireString(p[0]), RequireString(p[1]), Integers.Require(p[2]));
        },
        ["join"] = (s, a) => PyStrings.Join(s, Iteration.Items(SingleSignature.Bind(a)[0])),
        ["format"] = (s, a) => StrFormat.Format(s, a),
        ["center"] = (s, a) => Justify(s, a, '^'),
        ["ljust"] = (s, a) => Justify(s, a, '<'),
        ["rjust"] = (s, a) => Justify(s, a, '>'),
        ["zfill"] = (s, a) =>
        {
            var width = (int)Integers.Require(SingleSignature.Bind(a)[0]);
            var signed = s.Length > 0 && s[0] is '+' or '-';
            return signed
                ? NumberFormat.Pad(s[1..], s[..1], width, '=', '0')
                : NumberFormat.Pad(s, "", width, '=', '0');
        },
        ["removeprefix"] = (s, a) =>
        {
            var prefix = RequireString(SingleSignature.Bind(a)[0]);
            return s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;
        },
        ["removesuffix"] = (s, a) =>
        {
            var suffix = RequireString(SingleSignature.Bind(a)[0]);
            return suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;
        },
        ["partition"] = (s, a) => Partition(s, RequireString(SingleSignature.Bind(a)[0]), fromEnd: false),
        ["rpartition"] = (s, a) => Partition(s, RequireString(SingleSignature.Bind(a)[0]), fromEnd: true),
        ["isalpha"] = (s, a) => NoArguments("isalpha", a, s.Length > 0 && s.All(char.IsLetter)),
        ["isalnum"] = (s, a) => NoArguments("isalnum", a, s.Length > 0 && s.All(c => char.IsLetter(c) || char.IsNumber(c))),
        ["isdigit"] = (s, a) => NoArguments("isdigit", a, s.Length > 0 && s.All(char.IsDigit)),
        ["isnumeric"] = (s, a) => NoArguments("isnumeric", a, s.Length > 0 && s.All(char.IsNumber)),
        ["isspace"] = (s, a) => NoArguments("isspace", a, s.Length > 0 && s.All(PyChar.IsSpace)),
        ["islower"] = (s, a) => NoArguments("islower", a, PyStrings.IsLower(s)),
        ["isupper"] = (s, a) => NoArguments("isupper", a, PyStrings.IsUpper(s)),
    };

    private static object? NoArguments(string method, Arguments arguments, object? result)
    {
        Signature.ExpectNone(method, arguments);
        return result;
    }

    private static string? OptionalString(object? value) => value is null ? null : RequireString(value);

    private static string RequireString(object? value) =>
        value as string ?? throw new TemplateError($"must be str, not {PyTypes.NameOf(value)}");

    /// <summary>The <c>s[start:end]</c> window of the search methods, plus the needle and the window's code-point offset.</summary>
    private static (string Window, string Sub, long Offset) SearchWindow(string s, Arguments arguments)
    {
        var p = SearchSignature.Bind(arguments);
        var window = (string)ValueAccess.Slice(s, p[1], p[2], null)!;
        var offset = p[1] is null ? 0 : Math.Clamp(Integers.Require(p[1]) < 0 ? Integers.Require(p[1]) + PyStrings.Length(s) : Integers.Require(p[1]), 0, PyStrings.Length(s));
        return (window, RequireString(p[0]), offset);
    }

    private static long Find(string s, Arguments arguments, bool fromEnd)
    {
        var (window, sub, offset) = SearchWindow(s, arguments);
        var at = fromEnd ? window.LastIndexOf(sub, StringComparison.Ordinal) : window.IndexOf(sub, StringComparison.Ordinal);
        return at < 0 ? -1 : PyStrings.CodePointIndex(window, at) + offset;
    }

    private static long Found(long index) => index >= 0 ? index : throw new TemplateError("substring not found");

    private static bool MatchesAffix(string s, Arguments arguments, Func<string, string, bool> matches)
    {
        var p = AffixSignature.Bind(arguments);
        var window = (string)ValueAccess.Slice(s, p[1], p[2], null)!;
        return p[0] switch
        {
            string affix => matches(window, affix),
            PyTuple affixes => affixes.Items.Any(affix => matches(window, RequireString(affix))),
            _ => throw new TemplateError($"startswith first arg must be str or a tuple of str, not {PyTypes.NameOf(p[0])}"),
        };
    }

    private static string Justify(string s, Arguments arguments, char align)
    {
        var p = JustifySignature.Bind(arguments);
        var fill = RequireString(p[1]);
        if (fill.Length != 1)
            throw new TemplateError("The fill character must be exactly one character long");
        var width = (int)Integers.Require(p[0]);
        return align == '^' ? PyStrings.Center(s, width, fill[0]) : NumberFormat.Pad(s, "", width, align, fill[0]);
    }

    private static PyTuple Partition(string s, string separator, bool fromEnd)
    {
        if (separator.Length == 0)
            throw new TemplateError("empty separator");
        var at = fromEnd ? s.LastIndexOf(separator, StringComparison.Ordinal) : s.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0)
            return fromEnd ? new PyTuple(["", "", s]) : new PyTuple([s, "", ""]);
        return new PyTuple([s[..at], separator, s[(at + separator.Length)..]]);
    }
}
