using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python truthiness: empty strings and containers, zero, None and undefined are false.</summary>
internal static class PyTruth
{
    public static bool IsTrue(object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        long l => l != 0,
        double d => d != 0,
        List<object?> list => list.Count > 0,
        PyTuple tuple => tuple.Count > 0,
        PyDict dict => dict.Count > 0,
        Undefined => false,
        _ => true,
    };
}
