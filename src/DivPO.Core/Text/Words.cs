using System.Globalization;

namespace DivPO.Core.Text;

/// <summary>
/// Words as diversity and guards count them: maximal runs of characters matching <c>\w</c> with .NET's meaning
/// (Unicode letters, nonspacing marks, decimal digits, connector punctuation), lower-cased with the invariant
/// culture. A hand-written scanner rather than Regex or Microsoft.ML.Tokenizers' RegexPreTokenizer, which
/// allocate per match: word counting runs on every response and was 10× slower than parsing through them.
/// Tests check it against <c>Regex("\w+")</c>.
/// </summary>
public static class Words
{
    /// <summary>Whether <paramref name="c"/> matches .NET's <c>\w</c>.</summary>
    public static bool IsWordCharacter(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>Calls <paramref name="onWord"/> with each lower-cased word of the text, in order, repeats included.</summary>
    public static void Scan<TState>(ReadOnlySpan<char> text, ref TState state, WordHandler<TState> onWord)
    {
        Span<char> small = stackalloc char[128];
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            var word = text[start..i];
            var lower = word.Length <= small.Length ? small[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            onWord(lower, ref state);
        }
    }

    /// <summary>The lower-cased words of a text, in order, repeats included.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Scan(text, ref words, static (word, ref list) => list.Add(word.ToString()));
        return words;
    }

    /// <summary>The distinct lower-cased words of a text.</summary>
    public static HashSet<string> DistinctOf(string text) => new(Of(text), StringComparer.Ordinal);

    /// <summary>How many characters of the text belong to words.</summary>
    public static int CharacterCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>Receives one lower-cased word; the span is only valid during the call.</summary>
public delegate void WordHandler<TState>(ReadOnlySpan<char> word, ref TState state);
