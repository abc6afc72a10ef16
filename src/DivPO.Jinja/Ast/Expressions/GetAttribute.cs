using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>target.name</c>.</summary>
internal sealed class GetAttribute(SourcePosition position, Expression target, string attribute) : Expression(position)
{
    public Expression Target { get; } = target;

    public string Attribute { get; } = attribute;

    protected override object? EvaluateCore(RenderContext context) => ValueAccess.GetAttribute(Target.Evaluate(context), Attribute);
}
