using DivPO.Jinja.Ast.Expressions;
using DivPO.Jinja.Ast.Targets;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% set target | filters %}body{% endset %}</c>: assigns the rendered body, filtered.</summary>
internal sealed class SetBlock(SourcePosition position, AssignTarget target, Statement[] body, FilterCall[] filters) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        var flow = Flow.Normal;
        var text = context.Capture(new Scope(context.Scope), () => flow = RenderAll(body, context));
        target.Assign(context, FilterCall.ApplyAll(filters, context, text));
        return flow;
    }
}
