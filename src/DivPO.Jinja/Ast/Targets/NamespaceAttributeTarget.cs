using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Targets;

/// <summary><c>{% set ns.attribute = value %}</c>: the way a value escapes a loop iteration's scope.</summary>
internal sealed class NamespaceAttributeTarget(string variable, string attribute) : AssignTarget
{
    public override void Assign(RenderContext context, object? value)
    {
        if (context.Lookup(variable) is not Namespace ns)
            throw new TemplateError("cannot assign attribute on non-namespace object");
        ns.Attributes[attribute] = value;
    }
}
