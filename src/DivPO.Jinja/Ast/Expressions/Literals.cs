using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

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

/// <summary><c>{key: value, ...}</c>: a new dict each evaluation.</summary>
internal sealed class DictLiteral(SourcePosition position, (Expression Key, Expression Value)[] pairs) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context)
    {
        var dict = new PyDict(pairs.Length);
        foreach (var (key, value) in pairs)
            dict.Set(key.Evaluate(context), value.Evaluate(context));
        return dict;
    }
}
