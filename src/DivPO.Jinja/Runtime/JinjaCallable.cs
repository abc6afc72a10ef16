namespace DivPO.Jinja.Runtime;

/// <summary>Anything a template can call: macros, globals such as <c>range</c>, bound string/dict methods.</summary>
internal abstract class JinjaCallable(string name)
{
    public string Name { get; } = name;

    public abstract object? Call(RenderContext context, Arguments arguments);
}

/// <summary>A callable implemented in C#.</summary>
internal sealed class BuiltinFunction(string name, Func<RenderContext, Arguments, object?> body) : JinjaCallable(name)
{
    public override object? Call(RenderContext context, Arguments arguments) => body(context, arguments);
}
