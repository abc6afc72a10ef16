namespace DivPO.Jinja.Lexing;

/// <summary>One lexical unit. <see cref="Value"/> holds the decoded literal (string, long, double) or the text.</summary>
internal readonly record struct Token(TokenKind Kind, object? Value, SourcePosition Position)
{
    public string Text => Value as string ?? "";

    public bool IsName(string name) => Kind == TokenKind.Name && (string)Value! == name;

    /// <summary>How error messages refer to the token, like Jinja's <c>describe_token</c>.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Name => Value as string ?? "name",
        TokenKind.String => "string",
        TokenKind.Integer => "integer",
        TokenKind.Float => "float",
        TokenKind.Text => "template data",
        TokenKind.EndOfTemplate => "end of template",
        TokenKind.VariableBegin => "begin of print statement",
        TokenKind.VariableEnd => "end of print statement",
        TokenKind.BlockBegin => "begin of statement block",
        TokenKind.BlockEnd => "end of statement block",
        _ => TokenSpelling.Of(Kind),
    };
}
