using DivPO.Jinja.Runtime;
using DivPO.Jinja.Runtime.Filters;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>
/// One <c>| name(arguments)</c> step. An unknown filter fails only when applied, as in Jinja, so a template
/// whose unknown filter sits in a branch that never runs still renders.
/// </summary>
internal sealed class FilterCall(string name, ArgumentList arguments)
{
    private readonly FilterFunction? _function = FilterRegistry.TryGet(name, out var function) ? function : null;

    public object? Apply(RenderContext context, object? value) => _function is null
        ? throw new TemplateError($"No filter named '{name}'.")
        : _function(value, arguments.Evaluate(context));

    /// <summary>Applies a chain of filters left to right, as in <c>{% filter trim|upper %}</c>.</summary>
    public static object? ApplyAll(FilterCall[] filters, RenderContext context, object? value)
    {
        foreach (var filter in filters)
            value = filter.Apply(context, value);
        return value;
    }
}
