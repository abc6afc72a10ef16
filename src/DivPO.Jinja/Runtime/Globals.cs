using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>
/// The functions every template can call: Jinja's <c>range</c>, <c>dict</c>, <c>namespace</c>, and the two that
/// Hugging Face adds for chat templates, <c>raise_exception</c> and <c>strftime_now</c>.
/// </summary>
internal static class Globals
{
    // Jinja's sandbox refuses larger ranges; matching it keeps templates from building huge lists.
    private const long MaxRange = 100_000;

    private static readonly Signature RaiseSignature = new("raise_exception", ("message", Signature.Required));
    private static readonly Signature StrfTimeSignature = new("strftime_now", ("format", Signature.Required));

    private static readonly Dictionary<string, object?> All = new[]
    {
        new BuiltinFunction("range", (_, a) => Range(a)),
        new BuiltinFunction("dict", (_, a) => Dict(a)),
        new BuiltinFunction("namespace", (_, a) => CreateNamespace(a)),
        new BuiltinFunction("raise_exception", (_, a) => throw new TemplateError(PyRepr.Str(RaiseSignature.Bind(a)[0]))),
        new BuiltinFunction("strftime_now", (_, a) => StrfTime.Format(DateTime.Now, PyRepr.Str(StrfTimeSignature.Bind(a)[0]))),
    }.ToDictionary(f => f.Name, f => (object?)f, StringComparer.Ordinal);

    public static bool TryGet(string name, out object? value) => All.TryGetValue(name, out value);

    private static List<object?> Range(Arguments arguments)
    {
        if (arguments.Named.Length > 0)
            throw new TemplateError("range() takes no keyword arguments");
        var bounds = arguments.Positional.Select(Integers.Require).ToArray();
        var (start, stop, step) = bounds.Length switch
        {
            1 => (0, bounds[0], 1),
            2 => (bounds[0], bounds[1], 1),
            3 => (bounds[0], bounds[1], bounds[2]),
            _ => throw new TemplateError($"range expected 1 to 3 arguments, got {bounds.Length}"),
        };
        if (step == 0)
            throw new TemplateError("range() arg 3 must not be zero");
        var count = step > 0 ? Math.Max(0, (stop - start + step - 1) / step) : Math.Max(0, (start - stop - step - 1) / -step);
        if (count > MaxRange)
            throw new TemplateError($"Range too big. The sandbox blocks ranges larger than MAX_RANGE ({MaxRange}).");
        var values = new List<object?>((int)count);
        for (var i = 0L; i < count; i++)
            values.Add(start + i * step);
        return values;
    }

    /// <summary>Python's dict(mapping_or_pairs, **kwargs).</summary>
    private static PyDict Dict(Arguments arguments)
    {
        if (arguments.Positional.Length > 1)
            throw new TemplateError($"dict expected at most 1 argument, got {arguments.Positional.Length}");
        var dict = new PyDict();
        if (arguments.Positional.Length == 1)
        {
            if (arguments.Positional[0] is PyDict source)
            {
                foreach (var (key, value) in source)
                    dict.Set(key, value);
            }
            else
            {
                foreach (var pair in Iteration.Items(arguments.Positional[0]))
                {
                    if (pair is not IReadOnlyList<object?> { Count: 2 } kv)
                        throw new TemplateError("dictionary update sequence element has wrong length; 2 is required");
                    dict.Set(kv[0], kv[1]);
                }
            }
        }
        foreach (var (key, value) in arguments.Named)
            dict.Set(key, value);
        return dict;
    }

    private static Namespace CreateNamespace(Arguments arguments)
    {
        var ns = new Namespace();
        foreach (var (key, value) in Dict(arguments))
        {
            if (key is not string name)
                throw new TemplateError("namespace() keywords must be strings");
            ns.Attributes[name] = value;
        }
        return ns;
    }
}
