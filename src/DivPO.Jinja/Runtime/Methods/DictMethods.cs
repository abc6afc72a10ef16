using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Methods;

/// <summary>The non-mutating methods of Python's dict.</summary>
internal static class DictMethods
{
    private static readonly Signature GetSignature = new("get", ("key", Signature.Required), ("default", null));

    public static readonly Dictionary<string, Func<PyDict, Arguments, object?>> All = new()
    {
        ["get"] = (dict, arguments) =>
        {
            var a = GetSignature.Bind(arguments);
            return dict.TryGetValue(a[0], out var value) ? value : a[1];
        },
        ["items"] = (dict, arguments) => WithoutArguments("items", arguments, Items(dict)),
        ["keys"] = (dict, arguments) => WithoutArguments("keys", arguments, dict.Keys.ToList()),
        ["values"] = (dict, arguments) => WithoutArguments("values", arguments, dict.Values.ToList()),
        ["copy"] = (dict, arguments) => WithoutArguments("copy", arguments, Copy(dict)),
    };

    /// <summary>The (key, value) pairs, as <c>dict.items()</c> and the <c>items</c> filter give them.</summary>
    public static List<object?> Items(PyDict dict) => dict.Select(p => (object?)new PyTuple([p.Key, p.Value])).ToList();

    private static object? WithoutArguments(string method, Arguments arguments, object? result)
    {
        Signature.ExpectNone(method, arguments);
        return result;
    }

    private static PyDict Copy(PyDict dict)
    {
        var copy = new PyDict(dict.Count);
        foreach (var (key, value) in dict)
            copy.Set(key, value);
        return copy;
    }
}
