using DivPO.Jinja.Ast.Expressions;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% filter name %}body{% endfilter %}</c>: writes the rendered body passed through the filters.</summary>
internal sealed class FilterBlock(SourcePosition position, FilterCall[] filters, Statement[] body) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        var flow = Flow.Normal;
        var text = context.Capture(new Scope(context.Scope), () => flow = RenderAll(body, context));
        context.Output.Append(PyRepr.Str(FilterCall.ApplyAll(filters, context, text)));
        return flow;
    }
}
