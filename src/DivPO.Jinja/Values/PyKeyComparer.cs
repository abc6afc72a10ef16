using DivPO.Jinja.Python;

namespace DivPO.Jinja.Values;

/// <summary>Python's hashing for dict keys: equal numbers hash alike across bool, int and float.</summary>
internal sealed class PyKeyComparer : IEqualityComparer<object>
{
    public static readonly PyKeyComparer Instance = new();

    public static bool IsHashable(object key) => key switch
    {
        string or bool or long or double => true,
        PyTuple tuple => tuple.Items.All(item => item is null || IsHashable(item)),
        List<object?> or PyDict or Namespace => false,
        _ => true,
    };

    public new bool Equals(object? x, object? y) =>
        x is string a && y is string b ? string.Equals(a, b, StringComparison.Ordinal) : PyEquality.AreEqual(x, y);

    public int GetHashCode(object obj) => obj switch
    {
        string s => s.GetHashCode(StringComparison.Ordinal),
        bool b => (b ? 1L : 0L).GetHashCode(),
        long l => l.GetHashCode(),
        double d when double.IsInteger(d) && Math.Abs(d) < 9.2e18 => ((long)d).GetHashCode(),
        double d => d.GetHashCode(),
        PyTuple t => t.Items.Aggregate(17, (hash, item) => hash * 31 + (item is null ? 0 : GetHashCode(item))),
        _ => obj.GetHashCode(),
    };
}
