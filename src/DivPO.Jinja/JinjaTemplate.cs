using DivPO.Jinja.Ast;
using DivPO.Jinja.Parsing;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja;

/// <summary>
/// A parsed Jinja template, rendered the way Hugging Face's <c>apply_chat_template</c> renders chat templates
/// (Jinja2 with trim_blocks, lstrip_blocks, loop controls, <c>raise_exception</c>, <c>strftime_now</c>, the
/// <c>generation</c> block, an immutable sandbox). Parse once; rendering is thread-safe and allocation-light.
/// </summary>
public sealed class JinjaTemplate
{
    private readonly Statement[] _body;

    private JinjaTemplate(Statement[] body) => _body = body;

    /// <summary>Parses <paramref name="source"/>.</summary>
    /// <exception cref="JinjaException">A syntax error; the message gives its line and column.</exception>
    public static JinjaTemplate Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new JinjaTemplate(TemplateParser.Parse(source));
    }

    /// <summary>
    /// Renders the template. Values are plain .NET: null, bool, integers, floating point numbers, strings,
    /// lists (any <see cref="System.Collections.IEnumerable"/>), and string-keyed dictionaries whose enumeration
    /// order is the order templates see (<see cref="JinjaValues.FromJson"/> builds such values from JSON).
    /// </summary>
    /// <exception cref="JinjaException">
    /// A runtime error, or the template's own <c>raise_exception(message)</c> (then <see cref="JinjaException.Description"/>
    /// is exactly that message).
    /// </exception>
    public string Render(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var globals = new Dictionary<string, object?>(variables.Count, StringComparer.Ordinal);
        foreach (var (name, value) in variables)
            globals[name] = ClrValues.ToRuntime(value);
        var context = new RenderContext(new Scope(parent: null, globals));
        Statement.RenderAll(_body, context);
        return context.Output.ToString();
    }
}
