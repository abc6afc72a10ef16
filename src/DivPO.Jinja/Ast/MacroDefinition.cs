using DivPO.Jinja.Ast.Expressions;

namespace DivPO.Jinja.Ast;

/// <summary>
/// The parsed form of a macro or of a call block's body. Like Jinja, a macro accepts extra positional or keyword
/// arguments (as <c>varargs</c>/<c>kwargs</c>) and a <c>caller</c> only if its body mentions those names.
/// </summary>
internal sealed class MacroDefinition(string name, (string Name, Expression? Default)[] parameters, Statement[] body, ISet<string> referencedNames)
{
    public string Name { get; } = name;

    public (string Name, Expression? Default)[] Parameters { get; } = parameters;

    public Statement[] Body { get; } = body;

    public bool UsesCaller { get; } = referencedNames.Contains("caller");

    public bool UsesVarargs { get; } = referencedNames.Contains("varargs");

    public bool UsesKwargs { get; } = referencedNames.Contains("kwargs");
}
