using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary>Template text between tags, already trimmed by the lexer's whitespace control.</summary>
internal sealed class TextOutput(SourcePosition position, string text) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        context.Output.Append(text);
        return Flow.Normal;
    }
}
