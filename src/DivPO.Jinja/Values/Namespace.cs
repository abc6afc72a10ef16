namespace DivPO.Jinja.Values;

/// <summary>The object <c>namespace(...)</c> creates: the one value templates may assign attributes to.</summary>
internal sealed class Namespace
{
    public OrderedDictionary<string, object?> Attributes { get; } = new(StringComparer.Ordinal);
}
