using System.Text.RegularExpressions;
using Microsoft.ML.Tokenizers;

namespace DivPO.Core.Text;

/// <summary>
/// Words as diversity and guards count them: matches of <c>\w+</c> with .NET's meaning of <c>\w</c> (Unicode
/// letters, nonspacing marks, decimal digits, connector punctuation), lower-cased with the invariant culture.
/// </summary>
public static partial class Words
{
    private static readonly PreTokenizer Splitter = new RegexPreTokenizer(WordRegex(), specialTokens: null);

    /// <summary>The lower-cased words of a text, in order, repeats included.</summary>
    public static IEnumerable<string> Of(string text)
    {
        foreach (var (offset, length) in Splitter.PreTokenize(text))
        {
            yield return text.Substring(offset, length).ToLowerInvariant();
        }
    }

    /// <summary>The distinct lower-cased words of a text.</summary>
    public static HashSet<string> DistinctOf(string text) => new(Of(text), StringComparer.Ordinal);

    /// <summary>How many characters of the text belong to words.</summary>
    public static int CharacterCount(string text) => Splitter.PreTokenize(text).Sum(w => w.Length);

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
