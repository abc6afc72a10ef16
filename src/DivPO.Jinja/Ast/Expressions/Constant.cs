using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>A literal string, number, boolean or none.</summary>
internal sealed class Constant(SourcePosition position, object? value) : Expression(position)
{
    public object? Value { get; } = value;

    protected override object? EvaluateCore(RenderContext context) => Value;
}
