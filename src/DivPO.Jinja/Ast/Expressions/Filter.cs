using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>value | filter(arguments)</c>.</summary>
internal sealed class Filter(SourcePosition position, Expression value, FilterCall filter) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) => filter.Apply(context, value.Evaluate(context));
}
