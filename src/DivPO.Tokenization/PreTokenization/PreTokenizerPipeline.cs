namespace DivPO.Tokenization.PreTokenization;

/// <summary>
/// The pre-tokenizer of a byte-level tokenizer.json: regex splits applied one after the other (each one to every
/// piece of the previous), optionally after prefixing the segment with a space (<c>ByteLevel.add_prefix_space</c>).
/// </summary>
internal sealed class PreTokenizerPipeline(IReadOnlyList<RegexSplit> splits, bool addPrefixSpace)
{
    /// <summary>Splits one plain-text segment into the pieces the model encodes separately.</summary>
    /// <returns>The text the pieces index into (the segment, or the segment with a space prefixed) and the pieces.</returns>
    public (string Text, List<Piece> Pieces) Split(string segment)
    {
        if (addPrefixSpace && !segment.StartsWith(' '))
        {
            segment = " " + segment;
        }

        List<Piece> pieces = [new Piece(0, segment.Length)];
        List<Piece> matches = [];
        foreach (RegexSplit split in splits)
        {
            List<Piece> next = [];
            foreach (Piece piece in pieces)
            {
                split.Split(segment, piece, next, matches);
            }

            pieces = next;
        }

        return (segment, pieces);
    }
}
