using DivPO.Jinja.Ast.Targets;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% set target = value %}</c>.</summary>
internal sealed class Set(SourcePosition position, AssignTarget target, Expression value) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        target.Assign(context, value.Evaluate(context));
        return Flow.Normal;
    }
}
