using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% if %}…{% elif %}…{% else %}…{% endif %}</c>. Runs in the enclosing scope: assignments stay visible.</summary>
internal sealed class If(SourcePosition position, (Expression Test, Statement[] Body)[] branches, Statement[] otherwise)
    : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        foreach (var (test, body) in branches)
        {
            if (PyTruth.IsTrue(test.Evaluate(context)))
                return RenderAll(body, context);
        }
        return RenderAll(otherwise, context);
    }
}
