using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>Python's short-circuit <c>and</c>/<c>or</c>, which yield one of the operands rather than a bool.</summary>
internal sealed class Logical(SourcePosition position, bool isAnd, Expression left, Expression right) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context)
    {
        var value = left.Evaluate(context);
        return PyTruth.IsTrue(value) == isAnd ? right.Evaluate(context) : value;
    }
}
