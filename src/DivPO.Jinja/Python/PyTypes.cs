using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's names for the runtime's value types, for error messages that read like Jinja's.</summary>
internal static class PyTypes
{
    public static string NameOf(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long => "int",
        double => "float",
        string => "str",
        List<object?> => "list",
        PyTuple => "tuple",
        PyDict => "dict",
        Namespace => "Namespace",
        Undefined => "Undefined",
        LoopContext => "LoopContext",
        JinjaCallable => "function",
        _ => value.GetType().Name,
    };

    /// <summary>Jinja's "'dict object' has no attribute 'x'" wording.</summary>
    public static string ObjectName(object? value) => value is null ? "None" : $"{NameOf(value)} object";
}
