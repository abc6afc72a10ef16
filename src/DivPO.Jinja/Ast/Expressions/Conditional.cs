using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>then if test else otherwise</c>; without <c>else</c> a false test gives undefined.</summary>
internal sealed class Conditional(SourcePosition position, Expression test, Expression then, Expression? otherwise) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context)
    {
        if (PyTruth.IsTrue(test.Evaluate(context)))
            return then.Evaluate(context);
        return otherwise is null
            ? Undefined.Because("the inline if-expression evaluated to false and no else section was defined.")
            : otherwise.Evaluate(context);
    }
}
