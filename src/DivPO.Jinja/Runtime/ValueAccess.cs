using System.Globalization;
using System.Text;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime.Methods;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>
/// <c>obj.name</c> and <c>obj[key]</c> as Jinja resolves them: attribute first then item for <c>.</c>, item first then
/// attribute for <c>[]</c>, and an undefined value (not an error) when neither exists.
/// </summary>
internal static class ValueAccess
{
    public static object? GetAttribute(object? target, string name)
    {
        switch (target)
        {
            case PyDict dict:
                if (BuiltinMethods.TryBind(dict, name, out var method))
                    return method;
                return dict.TryGetValue(name, out var value) ? value : Missing(target, name);
            case Namespace ns:
                return ns.Attributes.TryGetValue(name, out var attribute) ? attribute : Missing(target, name);
            case LoopContext loop:
                return loop.GetAttribute(name);
            case Undefined undefined:
                return undefined;
            default:
                return BuiltinMethods.TryBind(target, name, out var bound) ? bound : Missing(target, name);
        }
    }

    public static object? GetItem(object? target, object? key)
    {
        switch (target)
        {
            case PyDict dict:
                if (dict.TryGetValue(key, out var value))
                    return value;
                break;
            case IReadOnlyList<object?> list when PyNumber.IsExactInteger(key):
                return ElementAt(list, PyNumber.ToLong(key), target);
            case string s when PyNumber.IsExactInteger(key):
                return CharacterAt(s, PyNumber.ToLong(key));
            case Undefined undefined:
                return undefined;
        }
        return key is string name ? GetAttribute(target, name) : Missing(target, key);
    }

    private static object? ElementAt(IReadOnlyList<object?> list, long requested, object target)
    {
        var index = Normalize(requested, list.Count);
        return index < 0 ? Missing(target, requested) : list[(int)index];
    }

    private static object? CharacterAt(string s, long requested)
    {
        if (PyStrings.HasSurrogates(s))
            return ElementAt(PyStrings.Characters(s), requested, s);
        var index = Normalize(requested, s.Length);
        return index < 0 ? Missing(s, requested) : s[(int)index].ToString();
    }

    private static long Normalize(long index, int length)
    {
        if (index < 0)
            index += length;
        return index >= 0 && index < length ? index : -1;
    }

    /// <summary>Python's slice semantics, negative bounds and steps included; strings slice by code point.</summary>
    public static object? Slice(object? target, object? start, object? stop, object? step)
    {
        var stepValue = SliceBound(step) ?? 1;
        if (stepValue == 0)
            throw new TemplateError("slice step cannot be zero");
        switch (target)
        {
            case List<object?> list:
                return SliceIndices(list.Count, start, stop, stepValue).Select(i => list[i]).ToList();
            case PyTuple tuple:
                return new PyTuple(SliceIndices(tuple.Count, start, stop, stepValue).Select(i => tuple[i]).ToArray());
            case string s when PyStrings.HasSurrogates(s):
                var characters = PyStrings.Characters(s);
                return string.Concat(SliceIndices(characters.Length, start, stop, stepValue).Select(i => characters[i]));
            case string s:
                var sb = new StringBuilder();
                foreach (var i in SliceIndices(s.Length, start, stop, stepValue))
                    sb.Append(s[i]);
                return sb.ToString();
            case Undefined undefined:
                return undefined;
            default:
                throw new TemplateError($"'{PyTypes.NameOf(target)}' object is not subscriptable");
        }
    }

    private static long? SliceBound(object? bound) => bound switch
    {
        null => null,
        long or bool => PyNumber.ToLong(bound),
        _ => throw new TemplateError("slice indices must be integers or None"),
    };

    private static IEnumerable<int> SliceIndices(int length, object? start, object? stop, long step)
    {
        long Clamp(long? value, long fallback, long low, long high)
        {
            if (value is not { } v)
                return fallback;
            if (v < 0)
                v += length;
            return Math.Clamp(v, low, high);
        }

        if (step > 0)
        {
            var from = Clamp(SliceBound(start), 0, 0, length);
            var to = Clamp(SliceBound(stop), length, 0, length);
            for (var i = from; i < to; i += step)
                yield return (int)i;
        }
        else
        {
            var from = Clamp(SliceBound(start), length - 1, -1, length - 1);
            var to = Clamp(SliceBound(stop), -1, -1, length - 1);
            for (var i = from; i > to; i += step)
                yield return (int)i;
        }
    }

    /// <summary>Jinja's attribute path of <c>map(attribute=...)</c> and friends: dots separate steps, digits index.</summary>
    public static object? GetPath(object? target, string path)
    {
        foreach (var part in path.Split('.'))
        {
            target = long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? GetItem(target, index)
                : GetItem(target, part);
        }
        return target;
    }

    private static Undefined Missing(object? target, object? name) => name is string s
        ? Undefined.Because($"'{PyTypes.ObjectName(target)}' has no attribute '{s}'")
        : Undefined.Because($"'{PyTypes.ObjectName(target)}' has no element {PyRepr.Repr(name)}");
}
