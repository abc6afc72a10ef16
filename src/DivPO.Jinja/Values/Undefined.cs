namespace DivPO.Jinja.Values;

/// <summary>
/// The value of a missing variable, attribute or item. It renders as nothing, is falsy and iterates as empty;
/// arithmetic or calling it fails with the reason it is undefined. Attributes of it are undefined as well
/// (like <c>@huggingface/jinja</c> and Jinja's ChainableUndefined), so <c>a.b.c is defined</c> never throws.
/// </summary>
internal sealed class Undefined
{
    private Undefined(string reason) => Reason = reason;

    /// <summary>Why the value is undefined, as Jinja words it: "'x' is undefined", "'dict object' has no attribute 'y'".</summary>
    public string Reason { get; }

    public static Undefined Variable(string name) => new($"'{name}' is undefined");

    public static Undefined Because(string reason) => new(reason);

    public TemplateError Fail() => new(Reason);
}
