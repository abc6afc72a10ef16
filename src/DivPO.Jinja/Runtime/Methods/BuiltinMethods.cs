using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Methods;

/// <summary>
/// The Python methods templates call on strings, dicts and lists (<c>s.startswith(...)</c>, <c>d.items()</c>).
/// Methods that would modify a list or dict resolve to an undefined value that fails when called, exactly as
/// Hugging Face's ImmutableSandboxedEnvironment answers them.
/// </summary>
internal static class BuiltinMethods
{
    private static readonly HashSet<string> ListMutators = ["append", "clear", "extend", "insert", "pop", "remove", "reverse", "sort"];
    private static readonly HashSet<string> DictMutators = ["clear", "pop", "popitem", "setdefault", "update"];

    /// <summary>Calls <c>target.name(arguments)</c> without allocating a bound method; false if there is no such method.</summary>
    public static bool TryInvoke(object? target, string name, Arguments arguments, out object? result)
    {
        switch (target)
        {
            case string s when StringMethods.All.TryGetValue(name, out var stringMethod):
                result = stringMethod(s, arguments);
                return true;
            case PyDict dict when DictMethods.All.TryGetValue(name, out var dictMethod):
                result = dictMethod(dict, arguments);
                return true;
            case IReadOnlyList<object?> list when SequenceMethods.All.TryGetValue(name, out var listMethod):
                result = listMethod(list, arguments);
                return true;
            default:
                result = null;
                return false;
        }
    }

    /// <summary>The bound method <c>target.name</c> (or the sandbox's refusal), for uses other than a direct call.</summary>
    public static bool TryBind(object? target, string name, out object? method)
    {
        var mutators = target switch
        {
            List<object?> => ListMutators,
            PyDict => DictMutators,
            _ => null,
        };
        if (mutators is not null && mutators.Contains(name))
        {
            method = Undefined.Because($"access to attribute '{name}' of '{PyTypes.NameOf(target)}' object is unsafe.");
            return true;
        }
        var exists = target switch
        {
            string => StringMethods.All.ContainsKey(name),
            PyDict => DictMethods.All.ContainsKey(name),
            IReadOnlyList<object?> => SequenceMethods.All.ContainsKey(name),
            _ => false,
        };
        method = exists ? new BuiltinFunction(name, (_, arguments) => TryInvoke(target, name, arguments, out var result) ? result : null) : null;
        return exists;
    }
}
