using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Methods;

/// <summary>The non-mutating methods of Python's list and tuple.</summary>
internal static class SequenceMethods
{
    private static readonly Signature CountSignature = new("count", ("value", Signature.Required));
    private static readonly Signature IndexSignature = new("index", ("value", Signature.Required));

    public static readonly Dictionary<string, Func<IReadOnlyList<object?>, Arguments, object?>> All = new()
    {
        ["count"] = (items, arguments) =>
        {
            var value = CountSignature.Bind(arguments)[0];
            return (long)items.Count(item => PyEquality.AreEqual(item, value));
        },
        ["index"] = (items, arguments) =>
        {
            var value = IndexSignature.Bind(arguments)[0];
            for (var i = 0; i < items.Count; i++)
            {
                if (PyEquality.AreEqual(items[i], value))
                    return (long)i;
            }
            throw new TemplateError($"{PyRepr.Repr(value)} is not in list");
        },
        ["copy"] = (items, arguments) =>
        {
            Signature.ExpectNone("copy", arguments);
            return items.ToList();
        },
    };
}
