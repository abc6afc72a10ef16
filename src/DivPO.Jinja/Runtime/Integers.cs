using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>Reads an integer argument the way Python's builtins accept one (bool counts, float does not).</summary>
internal static class Integers
{
    public static long Require(object? value) => PyNumber.IsExactInteger(value)
        ? PyNumber.ToLong(value)
        : throw new TemplateError($"'{PyTypes.NameOf(value)}' object cannot be interpreted as an integer");
}
