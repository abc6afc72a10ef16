using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>A comparison operator of a chain such as <c>a &lt; b &lt;= c</c>.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    In,
    NotIn,
}

/// <summary>A Python comparison chain: <c>a op1 b op2 c</c> means <c>a op1 b and b op2 c</c>, each operand evaluated once.</summary>
internal sealed class Comparison(SourcePosition position, Expression first, (ComparisonOperator Operator, Expression Operand)[] rest)
    : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context)
    {
        var left = first.Evaluate(context);
        foreach (var (op, operand) in rest)
        {
            var right = operand.Evaluate(context);
            if (!Holds(op, left, right))
                return false;
            left = right;
        }
        return true;
    }

    private static bool Holds(ComparisonOperator op, object? left, object? right) => op switch
    {
        ComparisonOperator.Equal => PyEquality.AreEqual(left, right),
        ComparisonOperator.NotEqual => !PyEquality.AreEqual(left, right),
        ComparisonOperator.Less => PyOrdering.Less(left, right),
        ComparisonOperator.LessOrEqual => PyOrdering.LessOrEqual(left, right),
        ComparisonOperator.Greater => PyOrdering.Greater(left, right),
        ComparisonOperator.GreaterOrEqual => PyOrdering.GreaterOrEqual(left, right),
        ComparisonOperator.In => PyMembership.Contains(right, left),
        _ => !PyMembership.Contains(right, left),
    };
}
