using System.Globalization;
using System.Text.Json;

namespace DivPO.Jinja;

/// <summary>Converts JSON into the plain .NET values templates are rendered with.</summary>
public static class JinjaValues
{
    /// <summary>
    /// null, bool, long (integers written without fraction or exponent, as Python's json reads them; beyond
    /// 64 bits they become double), double, string, <see cref="List{T}"/> of values, or an insertion-ordered
    /// <see cref="OrderedDictionary{TKey, TValue}"/> for objects.
    /// </summary>
    public static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => NumberFromJson(e),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        _ => ObjectFromJson(e),
    };

    private static object NumberFromJson(JsonElement e)
    {
        var raw = e.GetRawText();
        var isInteger = raw.IndexOfAny(['.', 'e', 'E']) < 0;
        if (isInteger && e.TryGetInt64(out var integer))
            return integer;
        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static OrderedDictionary<string, object?> ObjectFromJson(JsonElement e)
    {
        var dict = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
            dict[property.Name] = FromJson(property.Value);
        return dict;
    }
}
