using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>An arithmetic operator: <c>+ - * / // % **</c>.</summary>
internal sealed class BinaryOperation(SourcePosition position, Func<object?, object?, object?> operation, Expression left, Expression right)
    : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) => operation(left.Evaluate(context), right.Evaluate(context));
}
