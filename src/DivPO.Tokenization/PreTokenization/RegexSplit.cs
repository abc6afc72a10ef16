namespace DivPO.Tokenization.PreTokenization;

/// <summary>
/// One Hugging Face <c>Split</c> step: the regex matches become pieces (<c>Isolated</c>) or separators that are
/// dropped (<c>Removed</c>); the text between matches is kept as pieces either way.
/// </summary>
internal sealed class RegexSplit(CodePointRegex regex, bool keepMatches)
{
    /// <summary>Appends the pieces of <paramref name="text"/> within <paramref name="range"/>.</summary>
    /// <param name="matches">A scratch list, cleared here.</param>
    public void Split(string text, Piece range, List<Piece> pieces, List<Piece> matches)
    {
        matches.Clear();
        regex.AddMatches(text, range.Start, range.Length, matches);
        int position = range.Start;
        foreach (Piece match in matches)
        {
            if (match.Start > position)
            {
                pieces.Add(new Piece(position, match.Start - position));
            }

            if (keepMatches)
            {
                pieces.Add(match);
            }

            position = match.Start + match.Length;
        }

        int end = range.Start + range.Length;
        if (end > position)
        {
            pieces.Add(new Piece(position, end - position));
        }
    }
}
