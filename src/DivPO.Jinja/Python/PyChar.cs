namespace DivPO.Jinja.Python;

/// <summary>Character classes as Python's <c>str</c> methods define them.</summary>
internal static class PyChar
{
    /// <summary><c>str.isspace</c>: .NET's notion plus the ASCII information separators U+001C..U+001F.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    /// <summary>Line boundaries of <c>str.splitlines</c> (besides the CR LF pair).</summary>
    public static bool IsLineBreak(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>A character that <c>\w</c> matches in Python's Unicode regular expressions.</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c == '_';
}
