namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Every filter by name, resolved once when a template is parsed.</summary>
internal static class FilterRegistry
{
    private static readonly Dictionary<string, FilterFunction> All = Build();

    public static bool TryGet(string name, out FilterFunction filter) => All.TryGetValue(name, out filter!);

    public static bool Exists(string name) => All.ContainsKey(name);

    private static Dictionary<string, FilterFunction> Build()
    {
        var registry = new Dictionary<string, FilterFunction>(StringComparer.Ordinal);
        TextFilters.AddTo(registry);
        SequenceFilters.AddTo(registry);
        SelectionFilters.AddTo(registry);
        NumberFilters.AddTo(registry);
        ValueFilters.AddTo(registry);
        return registry;
    }
}
