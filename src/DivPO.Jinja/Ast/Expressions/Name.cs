using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary>A variable reference; undefined (not an error) when nothing has that name.</summary>
internal sealed class Name(SourcePosition position, string identifier) : Expression(position)
{
    public string Identifier { get; } = identifier;

    protected override object? EvaluateCore(RenderContext context) => context.Lookup(Identifier);
}
