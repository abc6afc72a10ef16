namespace DivPO.Jinja.Values;

/// <summary>
/// A runtime failure raised where the source position is not known; the nearest enclosing AST node
/// turns it into a <see cref="JinjaException"/> with its line and column.
/// </summary>
internal sealed class TemplateError(string message) : Exception(message);
