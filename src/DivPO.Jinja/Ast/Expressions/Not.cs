using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>not operand</c>.</summary>
internal sealed class Not(SourcePosition position, Expression operand) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) => !PyTruth.IsTrue(operand.Evaluate(context));
}
