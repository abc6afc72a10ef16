using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>The argument expressions of a call, filter or test: positional, <c>name=value</c>, <c>*args</c>, <c>**kwargs</c>.</summary>
internal sealed class ArgumentList(
    Expression[] positional,
    (string Name, Expression Value)[] named,
    Expression? spreadPositional = null,
    Expression? spreadNamed = null)
{
    public static readonly ArgumentList Empty = new([], []);

    public Arguments Evaluate(RenderContext context)
    {
        if (ReferenceEquals(this, Empty))
            return Arguments.None;
        var values = new List<object?>(positional.Length);
        foreach (var expression in positional)
            values.Add(expression.Evaluate(context));
        if (spreadPositional is not null)
            values.AddRange(Iteration.Items(spreadPositional.Evaluate(context)));

        var pairs = new List<KeyValuePair<string, object?>>(named.Length);
        foreach (var (name, expression) in named)
            pairs.Add(new(name, expression.Evaluate(context)));
        if (spreadNamed?.Evaluate(context) is { } spread)
        {
            if (spread is not PyDict dict)
                throw new TemplateError($"argument after ** must be a mapping, not {PyTypes.NameOf(spread)}");
            foreach (var (key, value) in dict)
                pairs.Add(new(key as string ?? throw new TemplateError("keywords must be strings"), value));
        }
        return new Arguments([.. values], [.. pairs]);
    }
}
