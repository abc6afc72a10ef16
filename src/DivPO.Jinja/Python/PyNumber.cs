namespace DivPO.Jinja.Python;

/// <summary>Python's numeric tower as the runtime stores it: bool and long are ints, double is float.</summary>
internal static class PyNumber
{
    public static bool IsNumber(object? value) => value is long or double or bool;

    public static bool IsExactInteger(object? value) => value is long or bool;

    public static long ToLong(object? value) => value switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        _ => throw new InvalidOperationException("not an integer"),
    };

    public static double ToDouble(object? value) => value switch
    {
        double d => d,
        long l => l,
        bool b => b ? 1 : 0,
        _ => throw new InvalidOperationException("not a number"),
    };
}
