using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>: numbers, strings by code point, sequences lexicographically.</summary>
internal static class PyOrdering
{
    /// <summary>Negative, zero or positive like <c>CompareTo</c>; a TypeError where Python has no order.</summary>
    public static int Compare(object? a, object? b, string op)
    {
        if (a is long x && b is long y)
            return x.CompareTo(y);
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
        {
            var (dx, dy) = (PyNumber.ToDouble(a), PyNumber.ToDouble(b));
            // NaN is unordered: every comparison with it is false, which "incomparable" models.
            return double.IsNaN(dx) || double.IsNaN(dy) ? Unordered : dx.CompareTo(dy);
        }
        if (a is string sa && b is string sb)
            return PyStrings.CompareOrdinalByCodePoint(sa, sb);
        if (a is List<object?> la && b is List<object?> lb)
            return CompareSequences(la, lb, op);
        if (a is PyTuple ta && b is PyTuple tb)
            return CompareSequences(ta, tb, op);
        if (a is Undefined ua)
            throw ua.Fail();
        if (b is Undefined ub)
            throw ub.Fail();
        throw new TemplateError($"'{op}' not supported between instances of '{PyTypes.NameOf(a)}' and '{PyTypes.NameOf(b)}'");
    }

    /// <summary>A result no relation accepts (NaN comparisons).</summary>
    public const int Unordered = int.MinValue;

    public static bool Less(object? a, object? b) => Holds(Compare(a, b, "<"), c => c < 0);

    public static bool LessOrEqual(object? a, object? b) => Holds(Compare(a, b, "<="), c => c <= 0);

    public static bool Greater(object? a, object? b) => Holds(Compare(a, b, ">"), c => c > 0);

    public static bool GreaterOrEqual(object? a, object? b) => Holds(Compare(a, b, ">="), c => c >= 0);

    private static bool Holds(int comparison, Func<int, bool> relation) => comparison != Unordered && relation(comparison);

    private static int CompareSequences(IReadOnlyList<object?> a, IReadOnlyList<object?> b, string op)
    {
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (!PyEquality.AreEqual(a[i], b[i]))
                return Compare(a[i], b[i], op);
        }
        return a.Count.CompareTo(b.Count);
    }
}
