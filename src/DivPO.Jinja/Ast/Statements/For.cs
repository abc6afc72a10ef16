using DivPO.Jinja.Ast.Targets;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary>
/// <c>{% for target in iterable if filter recursive %}body{% else %}empty{% endfor %}</c>. Each iteration runs in a
/// fresh child scope holding <c>loop</c> and the target; the filter runs before <c>loop</c> is counted.
/// </summary>
internal sealed class For(
    SourcePosition position,
    AssignTarget target,
    Expression iterable,
    Expression? filter,
    Statement[] body,
    Statement[] otherwise,
    bool recursive) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        RenderLoop(context, iterable.Evaluate(context), depth0: 0);
        return Flow.Normal;
    }

    private void RenderLoop(RenderContext context, object? items, int depth0)
    {
        var outer = context.Scope;
        var scope = new Scope(outer);
        context.Scope = scope;
        try
        {
            var selected = Select(context, scope, Iteration.Items(items));
            if (selected.Count == 0)
            {
                RenderAll(otherwise, context);
                return;
            }
            var loop = new LoopContext(selected, depth0, recursive ? RenderNested(outer) : null);
            for (var i = 0; i < selected.Count; i++)
            {
                scope.Clear();
                loop.Index0 = i;
                scope.Set("loop", loop);
                target.Assign(context, selected[i]);
                if (RenderAll(body, context) == Flow.Break)
                    break;
            }
        }
        finally
        {
            context.Scope = outer;
        }
    }

    private IReadOnlyList<object?> Select(RenderContext context, Scope scope, IReadOnlyList<object?> items)
    {
        if (filter is null)
            return items;
        var selected = new List<object?>();
        foreach (var item in items)
        {
            scope.Clear();
            target.Assign(context, item);
            if (PyTruth.IsTrue(filter.Evaluate(context)))
                selected.Add(item);
        }
        return selected;
    }

    /// <summary><c>loop(children)</c> of a recursive loop: the same loop over other items, one level deeper, as a string.</summary>
    private Func<RenderContext, object?, int, string> RenderNested(Scope outer) =>
        (context, items, depth0) => context.Capture(outer, () => RenderLoop(context, items, depth0));
}
