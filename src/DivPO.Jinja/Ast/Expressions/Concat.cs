using System.Text;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime;

namespace DivPO.Jinja.Ast.Expressions;

/// <summary><c>a ~ b ~ c</c>: the string forms joined.</summary>
internal sealed class Concat(SourcePosition position, Expression[] parts) : Expression(position)
{
    protected override object? EvaluateCore(RenderContext context)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
            sb.Append(PyRepr.Str(part.Evaluate(context)));
        return sb.ToString();
    }
}
