using DivPO.Jinja.Ast.Expressions;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% call(params) macro(args) %}body{% endcall %}</c>: calls the macro with the body as <c>caller</c>.</summary>
internal sealed class CallBlock(SourcePosition position, Call call, MacroDefinition caller) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        context.Output.Append(PyRepr.Str(call.Invoke(context, new Macro(caller, context.Scope))));
        return Flow.Normal;
    }
}
