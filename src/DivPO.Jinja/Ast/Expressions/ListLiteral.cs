using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>[a, b]</c>: a new list each evaluation.</summary>
internal sealed class ListLiteral(SourcePosition position, Expression[] items) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context)
    {
        var list = new List<object?>(items.Length);
        foreach (var item in items)
            list.Add(item.Evaluate(context));
        return list;
    }
}
