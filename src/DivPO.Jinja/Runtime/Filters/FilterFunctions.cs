using DivPO.Jinja.Python;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Builds filters from plain functions, binding their arguments under the filter's own name.</summary>
internal static class FilterFunctions
{
    /// <summary>A filter that takes no arguments.</summary>
    public static FilterFunction Unary(string name, Func<object?, object?> filter) => (value, arguments) =>
    {
        Signature.ExpectNone(name, arguments);
        return filter(value);
    };

    /// <summary>A filter of the value's string form that takes no arguments.</summary>
    public static FilterFunction OnText<T>(string name, Func<string, T> filter) => Unary(name, value => filter(PyRepr.Str(value)));

    /// <summary>A filter whose arguments bind to <paramref name="signature"/>.</summary>
    public static FilterFunction WithParameters(Signature signature, Func<object?, object?[], object?> filter) =>
        (value, arguments) => filter(value, signature.Bind(arguments));
}
