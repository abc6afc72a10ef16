using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Statements;

/// <summary><c>{% macro name(params) %}…{% endmacro %}</c>: binds the macro, closing over the current scope.</summary>
internal sealed class DefineMacro(SourcePosition position, MacroDefinition definition) : Statement(position)
{
    protected override Flow RenderCore(RenderContext context)
    {
        context.Scope.Set(definition.Name, new Macro(definition, context.Scope));
        return Flow.Normal;
    }
}
