using System.Text;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>The state of one render: where output goes and which scope names resolve in.</summary>
internal sealed class RenderContext(Scope scope)
{
    // Deep enough for any real template, shallow enough to fail before the CLR stack does.
    private const int MaxCallDepth = 200;

    private int _callDepth;

    public StringBuilder Output { get; private set; } = new();

    public Scope Scope { get; set; } = scope;

    public object? Lookup(string name) =>
        Scope.TryGet(name, out var value) ? value
        : Globals.TryGet(name, out var global) ? global
        : Undefined.Variable(name);

    /// <summary>Runs <paramref name="render"/> in <paramref name="scope"/> with fresh output and returns what it wrote.</summary>
    public string Capture(Scope scope, Action render)
    {
        if (++_callDepth > MaxCallDepth)
            throw new TemplateError($"maximum recursion depth ({MaxCallDepth}) exceeded");
        var (savedOutput, savedScope) = (Output, Scope);
        Output = new StringBuilder();
        Scope = scope;
        try
        {
            render();
            return Output.ToString();
        }
        finally
        {
            (Output, Scope) = (savedOutput, savedScope);
            _callDepth--;
        }
    }
}
