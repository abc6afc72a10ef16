namespace DivPO.Tokenization.AddedTokens;

/// <summary>
/// A token matched in the text before the model sees it (special tokens such as <c>&lt;|im_start|&gt;</c> and
/// plain added tokens such as <c>&lt;think&gt;</c>), with the matching flags of Hugging Face's <c>AddedToken</c>.
/// </summary>
internal sealed record AddedToken(
    int Id,
    string Content,
    bool SingleWord = false,
    bool LeftStrip = false,
    bool RightStrip = false,
    bool Normalized = false);
