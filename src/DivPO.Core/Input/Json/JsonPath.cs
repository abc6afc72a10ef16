namespace DivPO.Core.Input.Json;

/// <summary>
/// A JSON path such as <c>responses[3].reward</c>, kept as its parent and last step so that the string is
/// built only when a rejection needs it, not for every value read.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string _parent;
    private readonly string? _property;
    private readonly int _index;

    private JsonPath(string parent, string? property, int index)
    {
        _parent = parent;
        _property = property;
        _index = index;
    }

    /// <summary>A path already written out.</summary>
    public static JsonPath Of(string path) => new(path, null, -1);

    /// <param name="parent">The parent's path; empty for a property of the record itself.</param>
    /// <param name="name">The property's name.</param>
    public static JsonPath Property(string parent, string name) => new(parent, name, -1);

    public static JsonPath Element(string array, int index) => new(array, null, index);

    public static string Join(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public override string ToString() => (_property, _index) switch
    {
        ({ } property, _) => Join(_parent, property),
        (null, < 0) => _parent,
        _ => $"{_parent}[{_index}]",
    };
}
