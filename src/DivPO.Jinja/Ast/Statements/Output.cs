using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{{ expression }}</c>: writes Python's str() of the value (nothing for undefined).</summary>
internal sealed class Output(SourcePosition position, Expression expression) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        var value = expression.Evaluate(context);
        context.Output.Append(value as string ?? PyRepr.Str(value));
        return Flow.Normal;
    }
}
