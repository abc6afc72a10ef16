using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

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
