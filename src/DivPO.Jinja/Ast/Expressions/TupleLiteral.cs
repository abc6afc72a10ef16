using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>(a, b)</c> or a bare <c>a, b</c>; also an assignment target such as <c>for k, v in ...</c>.</summary>
internal sealed class TupleLiteral(SourcePosition position, Expression[] items) : Expression(position)
{
    public Expression[] Items { get; } = items;

    protected override object? EvaluateCore(RenderContext context)
    {
        var values = new object?[Items.Length];
        for (var i = 0; i < Items.Length; i++)
            values[i] = Items[i].Evaluate(context);
        return new PyTuple(values);
    }
}
