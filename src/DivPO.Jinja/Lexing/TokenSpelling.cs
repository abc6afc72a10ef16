namespace DivPO.Jinja.Lexing;

/// <summary>The operators and punctuation of the expression language, longest spelling first.</summary>
internal static class TokenSpelling
{
    public static readonly (string Text, TokenKind Kind)[] Operators =
    [
        ("//", TokenKind.FloorDiv), ("**", TokenKind.Pow), ("==", TokenKind.Eq), ("!=", TokenKind.Ne),
        ("<=", TokenKind.Le), (">=", TokenKind.Ge),
        ("+", TokenKind.Add), ("-", TokenKind.Sub), ("*", TokenKind.Mul), ("/", TokenKind.Div),
        ("%", TokenKind.Mod), ("~", TokenKind.Tilde), ("<", TokenKind.Lt), (">", TokenKind.Gt),
        ("=", TokenKind.Assign), (".", TokenKind.Dot), (",", TokenKind.Comma), (":", TokenKind.Colon),
        ("|", TokenKind.Pipe), ("(", TokenKind.LParen), (")", TokenKind.RParen), ("[", TokenKind.LBracket),
        ("]", TokenKind.RBracket), ("{", TokenKind.LBrace), ("}", TokenKind.RBrace),
    ];

    public static string Of(TokenKind kind)
    {
        foreach (var (text, k) in Operators)
        {
            if (k == kind)
                return text;
        }
        return kind.ToString();
    }
}
