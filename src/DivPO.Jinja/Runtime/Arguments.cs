namespace DivPO.Jinja.Runtime;

/// <summary>The evaluated arguments of a call, filter or test: positional values and keyword values.</summary>
internal readonly struct Arguments(object?[] positional, KeyValuePair<string, object?>[] named)
{
    public static readonly Arguments None = new([], []);

    public object?[] Positional { get; } = positional;

    public KeyValuePair<string, object?>[] Named { get; } = named;

    public bool TryGetNamed(string name, out object? value)
    {
        foreach (var (key, v) in Named)
        {
            if (key == name)
            {
                value = v;
                return true;
            }
        }
        value = null;
        return false;
    }

    public Arguments WithNamed(string name, object? value) => new(Positional, [.. Named, new(name, value)]);
}
