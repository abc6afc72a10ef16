using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>
/// Python-style parameters of a built-in (filter, test, method, global): binds positional and keyword
/// arguments to parameter slots, fills defaults, and words errors like Python's TypeError.
/// </summary>
internal sealed class Signature(string function, params (string Name, object? Default)[] parameters)
{
    /// <summary>The default of a parameter that must be given.</summary>
    public static readonly object Required = new();

    /// <summary>Fails like Python when a function that takes no arguments receives some.</summary>
    public static void ExpectNone(string function, Arguments arguments)
    {
        var count = arguments.Positional.Length + arguments.Named.Length;
        if (count > 0)
            throw new TemplateError($"{function}() takes no arguments ({count} given)");
    }

    public object?[] Bind(Arguments arguments)
    {
        if (arguments.Positional.Length > parameters.Length)
            throw new TemplateError($"{function}() takes at most {parameters.Length} argument(s) ({arguments.Positional.Length} given)");
        var values = new object?[parameters.Length];
        var given = new bool[parameters.Length];
        for (var i = 0; i < arguments.Positional.Length; i++)
        {
            values[i] = arguments.Positional[i];
            given[i] = true;
        }
        foreach (var (name, value) in arguments.Named)
        {
            var index = Array.FindIndex(parameters, p => p.Name == name);
            if (index < 0)
                throw new TemplateError($"{function}() got an unexpected keyword argument '{name}'");
            if (given[index])
                throw new TemplateError($"{function}() got multiple values for argument '{name}'");
            values[index] = value;
            given[index] = true;
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            if (given[i])
                continue;
            if (ReferenceEquals(parameters[i].Default, Required))
                throw new TemplateError($"{function}() missing required argument '{parameters[i].Name}'");
            values[i] = parameters[i].Default;
        }
        return values;
    }
}
