namespace DivPO.Tokenization;

/// <summary>
/// Loading or applying a tokenizer, chat template or messages file failed: a file is missing or malformed, asks for
/// something unsupported, or the template rejected the conversation. The message names the file.
/// </summary>
public sealed class TokenizationException : Exception
{
    public TokenizationException(string message) : base(message) { }

    public TokenizationException(string message, Exception inner) : base(message, inner) { }
}
