using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime.Tests;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary><c>map</c>, <c>select</c>/<c>reject</c> and their <c>attr</c> variants, which apply other filters and tests.</summary>
internal static class SelectionFilters
{
    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["map"] = Map;
        registry["select"] = (value, a) => Select(value, a, byAttribute: false, keep: true);
        registry["reject"] = (value, a) => Select(value, a, byAttribute: false, keep: false);
        registry["selectattr"] = (value, a) => Select(value, a, byAttribute: true, keep: true);
        registry["rejectattr"] = (value, a) => Select(value, a, byAttribute: true, keep: false);
    }

    private static object? Map(object? value, Arguments arguments)
    {
        Func<object?, object?> transform;
        if (arguments.Positional.Length == 0 && arguments.TryGetNamed("attribute", out var attribute))
        {
            arguments.TryGetNamed("default", out var fallback);
            var unexpected = arguments.Named.FirstOrDefault(p => p.Key is not ("attribute" or "default"));
            if (unexpected.Key is not null)
                throw new TemplateError($"Unexpected keyword argument '{unexpected.Key}'");
            var path = PyRepr.Str(attribute);
            transform = item =>
            {
                var result = ValueAccess.GetPath(item, path);
                return result is Undefined && fallback is not null ? fallback : result;
            };
        }
        else
        {
            if (arguments.Positional.Length == 0)
                throw new TemplateError("map requires a filter argument");
            var name = PyRepr.Str(arguments.Positional[0]);
            if (!FilterRegistry.TryGet(name, out var filter))
                throw new TemplateError($"No filter named '{name}'.");
            var rest = new Arguments(arguments.Positional[1..], arguments.Named);
            transform = item => filter(item, rest);
        }
        return Iteration.Items(value).Select(transform).ToList();
    }

    private static object? Select(object? value, Arguments arguments, bool byAttribute, bool keep)
    {
        var offset = 0;
        Func<object?, object?> pick = item => item;
        if (byAttribute)
        {
            if (arguments.Positional.Length == 0)
                throw new TemplateError("Missing parameter for attribute name");
            var path = PyRepr.Str(arguments.Positional[0]);
            pick = item => ValueAccess.GetPath(item, path);
            offset = 1;
        }

        Func<object?, bool> predicate = PyTruth.IsTrue;
        if (arguments.Positional.Length > offset)
        {
            var name = PyRepr.Str(arguments.Positional[offset]);
            if (!TestRegistry.TryGet(name, out var test))
                throw new TemplateError($"No test named '{name}'.");
            var rest = new Arguments(arguments.Positional[(offset + 1)..], arguments.Named);
            predicate = item => test(item, rest);
        }
        return Iteration.Items(value).Where(item => predicate(pick(item)) == keep).ToList();
    }
}
