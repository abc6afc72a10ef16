using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% break %}</c> or <c>{% continue %}</c> (Jinja's loopcontrols extension, which Hugging Face enables).</summary>
internal sealed class LoopControl(SourcePosition position, Flow flow) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context) => flow;
}
