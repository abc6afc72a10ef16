using System.Buffers;
using System.Text;

namespace DivPO.Tokenization.AddedTokens;

/// <summary>
/// Cuts text at added tokens the way Hugging Face's added vocabulary does: leftmost-longest matches, a
/// <c>single_word</c> token only between non-word characters, <c>lstrip</c>/<c>rstrip</c> taking the adjacent
/// whitespace into the token.
/// </summary>
internal sealed class AddedTokenSplitter
{
    private readonly TrieNode _root = new();
    private readonly SearchValues<char> _firstChars;

    /// <param name="tokens">The tokens to match, each with the content to look for.</param>
    public AddedTokenSplitter(IEnumerable<(AddedToken Token, string Pattern)> tokens)
    {
        foreach ((AddedToken token, string pattern) in tokens.Where(t => t.Pattern.Length > 0))
        {
            TrieNode node = _root;
            foreach (char c in pattern)
            {
                node = node.Child(c);
            }

            node.Token ??= token;
        }

        _firstChars = SearchValues.Create([.. _root.Children.Keys]);
    }

    /// <summary>Adds the ids of the added tokens in <paramref name="text"/> and, in between, what <paramref name="encodePlain"/> makes of the plain text.</summary>
    public void Encode(string text, List<int> ids, Action<string, List<int>> encodePlain)
    {
        foreach (TextSegment segment in Split(text))
        {
            if (segment.TokenId is { } id)
            {
                ids.Add(id);
            }
            else
            {
                encodePlain(segment.Length == text.Length ? text : text.Substring(segment.Start, segment.Length), ids);
            }
        }
    }

    /// <summary>The added tokens of <paramref name="text"/> and the plain text around them, in order.</summary>
    public List<TextSegment> Split(string text)
    {
        var segments = new List<TextSegment>();
        int end = text.Length;
        int plainStart = 0;
        int position = 0;
        while (position < end)
        {
            int found = text.AsSpan(position, end - position).IndexOfAny(_firstChars);
            if (found < 0)
            {
                break;
            }

            int matchStart = position + found;
            (AddedToken? token, int matchEnd) = LongestMatch(text, matchStart, end);
            if (token is null)
            {
                position = matchStart + 1;
                continue;
            }

            position = matchEnd;
            if (token.SingleWord && (WordCharacterBefore(text, matchStart) || WordCharacterAfter(text, matchEnd)))
            {
                continue;
            }

            if (token.LeftStrip)
            {
                while (matchStart > plainStart && char.IsWhiteSpace(text[matchStart - 1]))
                {
                    matchStart--;
                }
            }

            if (token.RightStrip)
            {
                while (matchEnd < end && char.IsWhiteSpace(text[matchEnd]))
                {
                    matchEnd++;
                }

                position = matchEnd;
            }

            if (matchStart > plainStart)
            {
                segments.Add(new TextSegment(plainStart, matchStart - plainStart, null));
            }

            segments.Add(new TextSegment(matchStart, matchEnd - matchStart, token.Id));
            plainStart = matchEnd;
        }

        if (plainStart < end)
        {
            segments.Add(new TextSegment(plainStart, end - plainStart, null));
        }

        return segments;
    }

    private (AddedToken? Token, int End) LongestMatch(string text, int start, int end)
    {
        TrieNode? node = _root;
        (AddedToken? token, int tokenEnd) = (null, start);
        for (int i = start; i < end && node.Children.TryGetValue(text[i], out node); i++)
        {
            if (node.Token is not null)
            {
                (token, tokenEnd) = (node.Token, i + 1);
            }
        }

        return (token, tokenEnd);
    }

    private static bool WordCharacterBefore(string text, int index) =>
        index > 0
        && Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out Rune rune, out _) == OperationStatus.Done
        && IsWordRune(rune);

    private static bool WordCharacterAfter(string text, int index) =>
        index < text.Length
        && Rune.DecodeFromUtf16(text.AsSpan(index), out Rune rune, out _) == OperationStatus.Done
        && IsWordRune(rune);

    /// <summary>Rust's <c>\w</c>: letters, marks, digits and connector punctuation.</summary>
    private static bool IsWordRune(Rune rune) => Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is
        System.Globalization.UnicodeCategory.NonSpacingMark or
        System.Globalization.UnicodeCategory.SpacingCombiningMark or
        System.Globalization.UnicodeCategory.EnclosingMark or
        System.Globalization.UnicodeCategory.LetterNumber or
        System.Globalization.UnicodeCategory.ConnectorPunctuation;

    private sealed class TrieNode
    {
        public Dictionary<char, TrieNode> Children { get; } = [];

        public AddedToken? Token { get; set; }

        public TrieNode Child(char c)
        {
            if (!Children.TryGetValue(c, out TrieNode? child))
            {
                child = new TrieNode();
                Children.Add(c, child);
            }

            return child;
        }
    }
}
