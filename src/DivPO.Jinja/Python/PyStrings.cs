using System.Text;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>
/// Python's <c>str</c> semantics over .NET strings. Python indexes by code point, .NET by UTF-16 unit, so
/// lengths, indexing and slicing go through code points whenever a string holds a surrogate pair.
/// </summary>
internal static class PyStrings
{
    public static bool HasSurrogates(string s)
    {
        foreach (var c in s)
        {
            if (char.IsSurrogate(c))
                return true;
        }
        return false;
    }

    public static int Length(string s) => HasSurrogates(s) ? s.EnumerateRunes().Count() : s.Length;

    /// <summary>The string's characters as Python iterates them: one string per code point.</summary>
    public static string[] Characters(string s)
    {
        if (!HasSurrogates(s))
        {
            var chars = new string[s.Length];
            for (var i = 0; i < s.Length; i++)
                chars[i] = s[i].ToString();
            return chars;
        }
        var result = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var pair = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            result.Add(s.Substring(i, pair ? 2 : 1));
            if (pair)
                i++;
        }
        return [.. result];
    }

    /// <summary>The code-point index of UTF-16 index <paramref name="index"/>; -1 stays -1.</summary>
    public static long CodePointIndex(string s, int index) =>
        index <= 0 || !HasSurrogates(s) ? index : s.AsSpan(0, index).ToString().EnumerateRunes().Count();

    /// <summary>Python orders strings by code point; UTF-16 order differs only where surrogates meet U+E000..U+FFFF.</summary>
    public static int CompareOrdinalByCodePoint(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var (x, y) = (a[i], b[i]);
            if (x == y)
                continue;
            if (char.IsSurrogate(x) != char.IsSurrogate(y))
                return char.IsSurrogate(x) ? 1 : -1;
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    public static string RStripWhitespace(string s)
    {
        var end = s.Length;
        while (end > 0 && PyChar.IsSpace(s[end - 1]))
            end--;
        return s[..end];
    }

    /// <summary><c>str.strip</c>/<c>lstrip</c>/<c>rstrip</c>: whitespace when <paramref name="chars"/> is None, else any of its characters.</summary>
    public static string Strip(string s, string? chars, bool left, bool right)
    {
        bool Strippable(char c) => chars is null ? PyChar.IsSpace(c) : chars.Contains(c);
        var start = 0;
        var end = s.Length;
        if (left)
        {
            while (start < end && Strippable(s[start]))
                start++;
        }
        if (right)
        {
            while (end > start && Strippable(s[end - 1]))
                end--;
        }
        return s[start..end];
    }

    /// <summary><c>str.split(sep=None, maxsplit=-1)</c>.</summary>
    public static List<object?> Split(string s, string? separator, long maxSplit)
    {
        if (separator is null)
            return SplitOnWhitespace(s, maxSplit);
        if (separator.Length == 0)
            throw new TemplateError("empty separator");
        var parts = new List<object?>();
        var start = 0;
        while (maxSplit < 0 || parts.Count < maxSplit)
        {
            var at = s.IndexOf(separator, start, StringComparison.Ordinal);
            if (at < 0)
                break;
            parts.Add(s[start..at]);
            start = at + separator.Length;
        }
        parts.Add(s[start..]);
        return parts;
    }

    private static List<object?> SplitOnWhitespace(string s, long maxSplit)
    {
        var parts = new List<object?>();
        var i = 0;
        while (true)
        {
            while (i < s.Length && PyChar.IsSpace(s[i]))
                i++;
            if (i >= s.Length)
                break;
            if (maxSplit >= 0 && parts.Count >= maxSplit)
            {
                parts.Add(s[i..]);
                break;
            }
            var start = i;
            while (i < s.Length && !PyChar.IsSpace(s[i]))
                i++;
            parts.Add(s[start..i]);
        }
        return parts;
    }

    /// <summary><c>str.rsplit(sep=None, maxsplit=-1)</c>.</summary>
    public static List<object?> RSplit(string s, string? separator, long maxSplit)
    {
        if (maxSplit < 0)
            return Split(s, separator, maxSplit);
        var reversedParts = Split(Reverse(s), separator is null ? null : Reverse(separator), maxSplit);
        reversedParts.Reverse();
        return reversedParts.ConvertAll(part => (object?)Reverse((string)part!));
    }

    /// <summary><c>str.splitlines(keepends=False)</c>.</summary>
    public static List<object?> SplitLines(string s, bool keepEnds = false)
    {
        var lines = new List<object?>();
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!PyChar.IsLineBreak(s[i]))
                continue;
            var breakLength = s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
            lines.Add(keepEnds ? s[start..(i + breakLength)] : s[start..i]);
            i += breakLength - 1;
            start = i + 1;
        }
        if (start < s.Length)
            lines.Add(s[start..]);
        return lines;
    }

    public static string Reverse(string s)
    {
        var characters = Characters(s);
        Array.Reverse(characters);
        return string.Concat(characters);
    }

    /// <summary><c>str.replace(old, new, count=-1)</c>, including Python's insertion between characters for an empty <c>old</c>.</summary>
    public static string Replace(string s, string old, string replacement, long count)
    {
        if (count < 0 && old.Length > 0)
            return s.Replace(old, replacement, StringComparison.Ordinal);
        var sb = new StringBuilder();
        var replaced = 0L;
        if (old.Length == 0)
        {
            foreach (var character in Characters(s))
            {
                if (count < 0 || replaced++ < count)
                    sb.Append(replacement);
                sb.Append(character);
            }
            if (count < 0 || replaced < count)
                sb.Append(replacement);
            return sb.ToString();
        }
        var start = 0;
        while (replaced < count)
        {
            var at = s.IndexOf(old, start, StringComparison.Ordinal);
            if (at < 0)
                break;
            sb.Append(s, start, at - start).Append(replacement);
            start = at + old.Length;
            replaced++;
        }
        return sb.Append(s, start, s.Length - start).ToString();
    }

    /// <summary>Non-overlapping occurrences, like <c>str.count</c> (an empty needle counts every gap).</summary>
    public static long Count(string s, string sub)
    {
        if (sub.Length == 0)
            return Length(s) + 1;
        var count = 0L;
        for (var at = s.IndexOf(sub, StringComparison.Ordinal); at >= 0; at = s.IndexOf(sub, at + sub.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary><c>str.center</c>, which leans odd padding differently from format's <c>^</c>.</summary>
    public static string Center(string s, int width, char fill)
    {
        if (s.Length >= width)
            return s;
        var padding = width - s.Length;
        var left = padding / 2 + (padding & width & 1);
        return new string(fill, left) + s + new string(fill, padding - left);
    }

    /// <summary>Concatenates str items, as <c>sep.join(items)</c> does (which refuses non-strings).</summary>
    public static string Join(string separator, IEnumerable<object?> items)
    {
        var sb = new StringBuilder();
        var index = 0;
        foreach (var item in items)
        {
            if (item is not string s)
                throw new TemplateError($"sequence item {index}: expected str instance, {PyTypes.NameOf(item)} found");
            if (index++ > 0)
                sb.Append(separator);
            sb.Append(s);
        }
        return sb.ToString();
    }
}
