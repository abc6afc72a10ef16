using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

using static DivPO.Jinja.Runtime.Filters.FilterFunctions;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Filters about a value as a whole: fallbacks, attribute lookup, serialisation.</summary>
internal static class ValueFilters
{
    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["default"] = registry["d"] = WithParameters(new Signature("default", ("default_value", ""), ("boolean", false)), (value, p) =>
            value is Undefined || (PyTruth.IsTrue(p[1]) && !PyTruth.IsTrue(value)) ? p[0] : value);
        registry["attr"] = WithParameters(new Signature("attr", ("name", Signature.Required)), (value, p) =>
            ValueAccess.GetAttribute(value, PyRepr.Str(p[0])));
        registry["string"] = Unary("string", ToText);
        registry["tojson"] = WithParameters(
            new Signature("tojson", ("ensure_ascii", false), ("indent", null), ("separators", null), ("sort_keys", false)), ToJson);
    }

    /// <summary>
    /// str(value), except that lists and dicts become JSON: this is how <c>@huggingface/jinja</c> renders them, and the
    /// reference suite (Hammer 2.1 prints its tools with <c>tools|string</c>) expects it. Printing a container
    /// directly with <c>{{ }}</c> still gives Python's repr.
    /// </summary>
    private static string ToText(object? value) => value is List<object?> or PyTuple or PyDict
        ? PyJson.Dumps(value)
        : PyRepr.Str(value);

    private static object? ToJson(object? value, object?[] p)
    {
        var indent = p[1] switch
        {
            null => null,
            string s => s,
            _ => new string(' ', (int)Math.Max(0, Integers.Require(p[1]))),
        };
        string? itemSeparator = null, keySeparator = null;
        if (p[2] is IReadOnlyList<object?> { Count: 2 } separators)
            (itemSeparator, keySeparator) = (PyRepr.Str(separators[0]), PyRepr.Str(separators[1]));
        else if (p[2] is not null)
            throw new TemplateError("separators must be a (item_separator, key_separator) pair");
        return PyJson.Dumps(value, indent, itemSeparator, keySeparator, PyTruth.IsTrue(p[0]), PyTruth.IsTrue(p[3]));
    }
}
