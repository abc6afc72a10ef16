using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Targets;

/// <summary>The left side of <c>set</c>, <c>for</c> or <c>with</c>: a name, a tuple of targets, or <c>ns.attribute</c>.</summary>
internal abstract class AssignTarget
{
    public abstract void Assign(RenderContext context, object? value);
}
