using DivPO.Jinja.Lexing;

namespace DivPO.Jinja.Parsing;

/// <summary>A cursor over the lexer's tokens with the expect/skip helpers a recursive-descent parser needs.</summary>
internal sealed class TokenStream(List<Token> tokens)
{
    private int _index;

    public Token Current => tokens[_index];

    /// <summary>The token after <see cref="Current"/>.</summary>
    public Token Peek => tokens[Math.Min(_index + 1, tokens.Count - 1)];

    public Token Next()
    {
        var token = Current;
        if (_index < tokens.Count - 1)
            _index++;
        return token;
    }

    public bool SkipIf(TokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        Next();
        return true;
    }

    public bool SkipIfName(string name)
    {
        if (!Current.IsName(name))
            return false;
        Next();
        return true;
    }

    public Token Expect(TokenKind kind)
    {
        if (Current.Kind != kind)
            throw Error($"expected token '{new Token(kind, null, default).Describe()}', got '{Current.Describe()}'");
        return Next();
    }

    public string ExpectName() => (string)Expect(TokenKind.Name).Value!;

    public JinjaException Error(string message) => Error(message, Current.Position);

    public static JinjaException Error(string message, SourcePosition position) => new(message, position);
}
