using DivPO.Jinja.Ast.Targets;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary>
/// A body rendered in its own scope: <c>{% with a = 1 %}…{% endwith %}</c>, and <c>{% generation %}…{% endgeneration %}</c>
/// (Hugging Face's marker of assistant text for training masks, which renders its body unchanged).
/// </summary>
internal sealed class ScopedBlock(SourcePosition position, (AssignTarget Target, Expression Value)[] assignments, Statement[] body)
    : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        // Values are evaluated in the enclosing scope, before any of them is bound.
        var values = Array.ConvertAll(assignments, a => a.Value.Evaluate(context));
        var outer = context.Scope;
        context.Scope = new Scope(outer);
        try
        {
            for (var i = 0; i < assignments.Length; i++)
                assignments[i].Target.Assign(context, values[i]);
            return RenderAll(body, context);
        }
        finally
        {
            context.Scope = outer;
        }
    }
}
