using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Targets;

/// <summary>Unpacks a sequence into several targets, as <c>for key, value in d.items()</c> does.</summary>
internal sealed class TupleTarget(AssignTarget[] targets) : AssignTarget
{
    public override void Assign(RenderContext context, object? value)
    {
        var items = Iteration.Items(value);
        if (items.Count > targets.Length)
            throw new TemplateError($"too many values to unpack (expected {targets.Length})");
        if (items.Count < targets.Length)
            throw new TemplateError($"not enough values to unpack (expected {targets.Length}, got {items.Count})");
        for (var i = 0; i < targets.Length; i++)
            targets[i].Assign(context, items[i]);
    }
}
