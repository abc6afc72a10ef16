using DivPO.Jinja.Lexing;

namespace DivPO.Jinja;

/// <summary>
/// A template failed to parse or render (a syntax error, a runtime type error, or the template's own
/// <c>raise_exception(msg)</c>). The message ends with the line and column when they are known.
/// </summary>
public class JinjaException : Exception
{
    public JinjaException(string message) : this(message, inner: null) { }

    public JinjaException(string message, Exception? inner) : base(message, inner) => Description = message;

    internal JinjaException(string description, SourcePosition position, Exception? inner = null)
        : base($"{description} (at {position})", inner)
    {
        Description = description;
        Line = position.Line;
        Column = position.Column;
    }

    /// <summary>The message without the location, e.g. exactly the text a template passed to <c>raise_exception</c>.</summary>
    public string Description { get; }

    /// <summary>1-based line of the construct that failed, when known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the construct that failed, when known.</summary>
    public int? Column { get; }
}
