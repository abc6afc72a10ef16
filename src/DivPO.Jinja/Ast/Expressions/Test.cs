using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Runtime.Tests;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>value is test(arguments)</c>; <c>is not</c> wraps this in <see cref="Not"/>.</summary>
internal sealed class Test(SourcePosition position, Expression value, string name, ArgumentList arguments) : Expression(position)
{
    private readonly TestFunction? _test = TestRegistry.TryGet(name, out var test) ? test : null;

    protected override object? EvaluateCore(RenderContext context) => _test is null
        ? throw new TemplateError($"No test named '{name}'.")
        : _test(value.Evaluate(context), arguments.Evaluate(context));
}
