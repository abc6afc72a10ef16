using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>target[start:stop:step]</c>, any bound optional.</summary>
internal sealed class Slice(SourcePosition position, Expression target, Expression? start, Expression? stop, Expression? step)
    : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) => ValueAccess.Slice(
        target.Evaluate(context), start?.Evaluate(context), stop?.Evaluate(context), step?.Evaluate(context));
}
