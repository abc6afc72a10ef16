using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Runtime.Methods;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>callee(arguments)</c>. Method calls such as <c>s.strip()</c> dispatch without creating a bound method.</summary>
internal sealed class Call(SourcePosition position, Expression callee, ArgumentList arguments) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context) => Invoke(context, caller: null);

    /// <summary>Calls, passing <paramref name="caller"/> as the <c>caller</c> keyword when a call block supplies one.</summary>
    public object? Invoke(RenderContext context, JinjaCallable? caller)
    {
        if (callee is GetAttribute method && caller is null)
        {
            var target = method.Target.Evaluate(context);
            var values = arguments.Evaluate(context);
            return BuiltinMethods.TryInvoke(target, method.Attribute, values, out var result)
                ? result
                : CallValue(context, ValueAccess.GetAttribute(target, method.Attribute), values);
        }
        var function = callee.Evaluate(context);
        var evaluated = arguments.Evaluate(context);
        return CallValue(context, function, caller is null ? evaluated : evaluated.WithNamed("caller", caller));
    }

    private static object? CallValue(RenderContext context, object? function, Arguments values) => function switch
    {
        JinjaCallable callable => callable.Call(context, values),
        Undefined undefined => throw undefined.Fail(),
        _ => throw new TemplateError($"'{PyTypes.NameOf(function)}' object is not callable"),
    };
}
