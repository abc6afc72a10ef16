using DivPO.Jinja.Ast;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime;

/// <summary>A macro bound to the scope it was defined in; calling it renders its body to a string.</summary>
internal sealed class Macro(MacroDefinition definition, Scope closure) : JinjaCallable(definition.Name)
{
    public override object? Call(RenderContext context, Arguments arguments)
    {
        var parameters = definition.Parameters;
        var scope = new Scope(closure);
        var given = new bool[parameters.Length];
        var positionalCount = Math.Min(arguments.Positional.Length, parameters.Length);
        for (var i = 0; i < positionalCount; i++)
        {
            scope.Set(parameters[i].Name, arguments.Positional[i]);
            given[i] = true;
        }
        if (arguments.Positional.Length > parameters.Length && !definition.UsesVarargs)
            throw new TemplateError($"macro '{Name}' takes not more than {parameters.Length} argument(s)");

        object? caller = null;
        var extraNamed = new PyDict();
        foreach (var (name, value) in arguments.Named)
        {
            var index = Array.FindIndex(parameters, p => p.Name == name);
            if (index >= 0)
            {
                if (given[index])
                    throw new TemplateError($"macro '{Name}' got multiple values for argument '{name}'");
                scope.Set(name, value);
                given[index] = true;
            }
            else if (name == "caller" && definition.UsesCaller)
            {
                caller = value;
            }
            else if (definition.UsesKwargs)
            {
                extraNamed.Set(name, value);
            }
            else
            {
                throw new TemplateError(name == "caller"
                    ? $"macro '{Name}' was invoked with two values for the special caller argument. This is most likely a bug."
                    : $"macro '{Name}' takes no keyword argument '{name}'");
            }
        }

        if (definition.UsesVarargs)
            scope.Set("varargs", new PyTuple(arguments.Positional.Skip(parameters.Length).ToArray()));
        if (definition.UsesKwargs)
            scope.Set("kwargs", extraNamed);
        if (definition.UsesCaller)
            scope.Set("caller", caller ?? Undefined.Because("No caller defined"));

        return context.Capture(scope, () =>
        {
            // Defaults are evaluated inside the macro's scope, so they can refer to earlier parameters.
            for (var i = 0; i < parameters.Length; i++)
            {
                if (given[i])
                    continue;
                var (name, fallback) = parameters[i];
                scope.Set(name, fallback is null ? Undefined.Because($"parameter '{name}' was not provided") : fallback.Evaluate(context));
            }
            Ast.Statement.RenderAll(definition.Body, context);
        });
    }
}
