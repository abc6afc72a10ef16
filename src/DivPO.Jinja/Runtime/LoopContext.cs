using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>The <c>loop</c> variable of a for loop; callable as <c>loop(items)</c> in a <c>recursive</c> loop.</summary>
internal sealed class LoopContext(IReadOnlyList<object?> items, int depth0, Func<RenderContext, object?, int, string>? recurse)
    : JinjaCallable("loop")
{
    private static readonly object NothingSeen = new();

    private object? _lastChanged = NothingSeen;

    public int Index0 { get; set; }

    public int Index => Index0 + 1;

    public int Length => items.Count;

    public object? GetAttribute(string name) => name switch
    {
        "index" => (long)Index,
        "index0" => (long)Index0,
        "revindex" => (long)(Length - Index0),
        "revindex0" => (long)(Length - Index),
        "first" => Index0 == 0,
        "last" => Index == Length,
        "length" => (long)Length,
        "depth" => (long)depth0 + 1,
        "depth0" => (long)depth0,
        "previtem" => Index0 > 0 ? items[Index0 - 1] : Undefined.Because("there is no previous item"),
        "nextitem" => Index < Length ? items[Index] : Undefined.Because("there is no next item"),
        "cycle" => new BuiltinFunction("cycle", (_, arguments) => Cycle(arguments)),
        "changed" => new BuiltinFunction("changed", (_, arguments) => Changed(arguments)),
        _ => Undefined.Because($"'LoopContext object' has no attribute '{name}'"),
    };

    private object? Cycle(Arguments arguments) => arguments.Positional.Length == 0
        ? throw new TemplateError("no items for cycling given")
        : arguments.Positional[Index0 % arguments.Positional.Length];

    private bool Changed(Arguments arguments)
    {
        var value = new PyTuple(arguments.Positional);
        if (_lastChanged is PyTuple last && PyEquality.AreEqual(last, value))
            return false;
        _lastChanged = value;
        return true;
    }

    public override object? Call(RenderContext context, Arguments arguments)
    {
        if (recurse is null)
            throw new TemplateError("Tried to call non recursive loop. Maybe you forgot the 'recursive' modifier.");
        if (arguments.Positional.Length != 1 || arguments.Named.Length != 0)
            throw new TemplateError("loop() takes exactly one argument, the items of the nested loop");
        return recurse(context, arguments.Positional[0], depth0 + 1);
    }
}
