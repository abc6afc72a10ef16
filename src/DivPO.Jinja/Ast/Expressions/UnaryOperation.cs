using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>Unary <c>-x</c> or <c>+x</c>.</summary>
internal sealed class UnaryOperation(SourcePosition position, Func<object?, object?> operation, Expression operand) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) => operation(operand.Evaluate(context));
}
