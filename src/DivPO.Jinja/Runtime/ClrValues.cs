using System.Collections;
using System.Text.Json;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>
/// Converts the caller's plain .NET values into the runtime's Python-like ones (long, double, list, tuple,
/// insertion-ordered dict). Done once per render, so the interpreter only ever sees its own types.
/// </summary>
internal static class ClrValues
{
    public static object? ToRuntime(object? value) => value switch
    {
        null or string or bool or long or double => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (object)(long)u : (double)u,
        float or decimal => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        char c => c.ToString(),
        JsonElement json => ToRuntime(JinjaValues.FromJson(json)),
        PyDict or PyTuple or Undefined or Namespace => value,
        IReadOnlyDictionary<string, object?> readOnly => ToDict(readOnly),
        IDictionary<string, object?> dictionary => ToDict(dictionary),
        IDictionary other => ToDict(Entries(other)),
        IEnumerable sequence => sequence.Cast<object?>().Select(ToRuntime).ToList(),
        _ => throw new JinjaException($"cannot pass a value of type {value.GetType()} to a template"),
    };

    /// <summary>The entries of any dictionary (e.g. Dictionary&lt;string, int&gt;), read through the non-generic interface.</summary>
    private static IEnumerable<KeyValuePair<object?, object?>> Entries(IDictionary dictionary)
    {
        var entries = dictionary.GetEnumerator();
        while (entries.MoveNext())
            yield return new KeyValuePair<object?, object?>(entries.Key, entries.Value);
    }

    private static PyDict ToDict(IEnumerable<KeyValuePair<string, object?>> pairs) =>
        ToDict(pairs.Select(p => new KeyValuePair<object?, object?>(p.Key, p.Value)));

    private static PyDict ToDict(IEnumerable<KeyValuePair<object?, object?>> pairs)
    {
        var dict = new PyDict();
        foreach (var (key, value) in pairs)
            dict.Set(ToRuntime(key), ToRuntime(value));
        return dict;
    }
}
