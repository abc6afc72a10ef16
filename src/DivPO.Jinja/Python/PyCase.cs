using System.Globalization;
using System.Text;

namespace DivPO.Jinja.Python;

/// <summary>Python's full case mapping for <c>upper</c>, <c>lower</c>, <c>title</c>, <c>capitalize</c> and the case tests.</summary>
internal static class PyCase
{
    public static string Upper(string s) => Ascii.IsValid(s) ? s.ToUpperInvariant() : Map(s, rune => UpperOf(rune));

    public static string Lower(string s) => Ascii.IsValid(s) ? s.ToLowerInvariant() : Map(s, LowerOf);

    /// <summary><c>str.title</c>: a character after a cased one is lower-cased, any other is title-cased.</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousCased = false;
        foreach (var rune in s.EnumerateRunes())
        {
            sb.Append(previousCased ? LowerOf(rune) : TitleOf(rune));
            previousCased = IsCased(rune);
        }
        return sb.ToString();
    }

    /// <summary><c>str.capitalize</c>: the first character title-cased, the rest lower-cased.</summary>
    public static string Capitalize(string s)
    {
        if (s.Length == 0)
            return s;
        var first = Rune.GetRuneAt(s, 0);
        return TitleOf(first) + Lower(s[first.Utf16SequenceLength..]);
    }

    /// <summary>The upper-case form of one character, which may be several characters ('ß' gives "SS").</summary>
    public static string UpperOf(Rune rune) =>
        SpecialCasing.Upper.TryGetValue(rune.Value, out var mapped) ? mapped : Rune.ToUpperInvariant(rune).ToString();

    /// <summary><c>str.islower</c>: some cased character, and none upper or title case.</summary>
    public static bool IsLower(string s) => HasOnlyCase(s, Rune.IsLower);

    /// <summary><c>str.isupper</c>: some cased character, and none lower or title case.</summary>
    public static bool IsUpper(string s) => HasOnlyCase(s, Rune.IsUpper);

    private static bool HasOnlyCase(string s, Func<Rune, bool> isWantedCase)
    {
        var sawCased = false;
        foreach (var rune in s.EnumerateRunes())
        {
            if (!IsCased(rune))
                continue;
            if (!isWantedCase(rune))
                return false;
            sawCased = true;
        }
        return sawCased;
    }

    private static bool IsCased(Rune rune) =>
        Rune.IsUpper(rune) || Rune.IsLower(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.TitlecaseLetter;

    private static string LowerOf(Rune rune) =>
        SpecialCasing.Lower.TryGetValue(rune.Value, out var mapped) ? mapped : Rune.ToLowerInvariant(rune).ToString();

    private static string TitleOf(Rune rune) => SpecialCasing.Title.TryGetValue(rune.Value, out var mapped) ? mapped : UpperOf(rune);

    private static string Map(string s, Func<Rune, string> map)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
            sb.Append(map(rune));
        return sb.ToString();
    }
}
