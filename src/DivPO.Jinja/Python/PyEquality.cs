using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's <c>==</c>: numbers compare by value across bool/int/float, containers element-wise.</summary>
internal static class PyEquality
{
    public static bool AreEqual(object? a, object? b)
    {
        switch (a)
        {
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case null:
                return b is null;
            case long la when b is long lb:
                return la == lb;
            case long or double or bool when PyNumber.IsNumber(b):
                return PyNumber.IsExactInteger(a) && PyNumber.IsExactInteger(b)
                    ? PyNumber.ToLong(a) == PyNumber.ToLong(b)
                    : PyNumber.ToDouble(a) == PyNumber.ToDouble(b);
            case Undefined:
                return b is Undefined;
            case List<object?> la when b is List<object?> lb:
                return SequenceEqual(la, lb);
            case PyTuple ta when b is PyTuple tb:
                return SequenceEqual(ta, tb);
            case PyDict da when b is PyDict db:
                return DictEqual(da, db);
            default:
                return ReferenceEquals(a, b);
        }
    }

    private static bool SequenceEqual(IReadOnlyList<object?> a, IReadOnlyList<object?> b)
    {
        if (a.Count != b.Count)
            return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!AreEqual(a[i], b[i]))
                return false;
        }
        return true;
    }

    private static bool DictEqual(PyDict a, PyDict b)
    {
        if (a.Count != b.Count)
            return false;
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var other) || !AreEqual(value, other))
                return false;
        }
        return true;
    }
}
