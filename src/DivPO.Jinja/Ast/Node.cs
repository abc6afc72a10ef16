using DivPO.Jinja.Lexing;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Ast;

/// <summary>A node of the parsed template; it knows where it came from for error messages.</summary>
internal abstract class Node(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>Gives a runtime error raised below this node the node's line and column.</summary>
    protected JinjaException Locate(TemplateError error) => new(error.Message, Position, error);
}

/// <summary>An expression: evaluates to a value.</summary>
internal abstract class Expression(SourcePosition position) : Node(position)
{
    public object? Evaluate(RenderContext context)
    {
        try
        {
            return EvaluateCore(context);
        }
        catch (TemplateError error)
        {
            throw Locate(error);
        }
    }

    protected abstract object? EvaluateCore(RenderContext context);
}

/// <summary>How a statement ended: normally, or by <c>{% break %}</c>/<c>{% continue %}</c> travelling up to its loop.</summary>
internal enum Flow
{
    Normal,
    Break,
    Continue,
}

/// <summary>A statement: writes output and/or changes variables.</summary>
internal abstract class Statement(SourcePosition position) : Node(position)
{
    public Flow Render(RenderContext context)
    {
        try
        {
            return RenderCore(context);
        }
        catch (TemplateError error)
        {
            throw Locate(error);
        }
    }

    protected abstract Flow RenderCore(RenderContext context);

    /// <summary>Renders statements in order until one breaks or continues a loop.</summary>
    public static Flow RenderAll(Statement[] body, RenderContext context)
    {
        foreach (var statement in body)
        {
            var flow = statement.Render(context);
            if (flow != Flow.Normal)
                return flow;
        }
        return Flow.Normal;
    }
}
