using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's <c>in</c>: substring for strings, key for dicts, element for sequences.</summary>
internal static class PyMembership
{
    public static bool Contains(object? container, object? item) => container switch
    {
        string s when item is string sub => s.Contains(sub, StringComparison.Ordinal),
        string => throw new TemplateError($"'in <string>' requires string as left operand, not {PyTypes.NameOf(item)}"),
        List<object?> list => list.Exists(element => PyEquality.AreEqual(element, item)),
        PyTuple tuple => Array.Exists(tuple.Items, element => PyEquality.AreEqual(element, item)),
        PyDict dict => dict.ContainsKey(item),
        Undefined => false,
        _ => throw new TemplateError($"argument of type '{PyTypes.NameOf(container)}' is not iterable"),
    };
}
