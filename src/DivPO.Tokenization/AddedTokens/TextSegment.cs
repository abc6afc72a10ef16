namespace DivPO.Tokenization.AddedTokens;

/// <summary>A slice of the text: either one added token (<see cref="TokenId"/> set) or plain text for the model.</summary>
internal readonly record struct TextSegment(int Start, int Length, int? TokenId)
{
    public bool IsAddedToken => TokenId.HasValue;
}
