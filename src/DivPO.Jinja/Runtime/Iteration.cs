using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>What <c>for x in value</c> iterates: sequence items, string characters, dict keys; undefined is empty.</summary>
internal static class Iteration
{
    private static readonly IReadOnlyList<object?> Empty = [];

    public static IReadOnlyList<object?> Items(object? value) => value switch
    {
        IReadOnlyList<object?> items => items,
        string s => PyStrings.Characters(s),
        PyDict dict => dict.Keys.ToList(),
        Undefined => Empty,
        _ => throw new TemplateError($"'{PyTypes.NameOf(value)}' object is not iterable"),
    };
}
