using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>target[key]</c>.</summary>
internal sealed class GetItem(SourcePosition position, Expression target, Expression key) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) =>
        ValueAccess.GetItem(target.Evaluate(context), key.Evaluate(context));
}
