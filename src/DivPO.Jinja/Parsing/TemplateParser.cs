using DivPO.Jinja.Ast;
using DivPO.Jinja.Ast.Expressions;
using DivPO.Jinja.Ast.Statements;
using DivPO.Jinja.Ast.Targets;
using DivPO.Jinja.Lexing;

namespace DivPO.Jinja.Parsing;

/// <summary>
/// Parses the statement structure of a template (text, <c>{{ }}</c> and the <c>{% %}</c> tags) into AST statements.
/// Tags: if/elif/else, for/else, set (also block set), macro, call, filter, with, break/continue and
/// Hugging Face's generation block. Template inheritance and includes have no meaning for a lone chat template
/// and are rejected with a clear message.
/// </summary>
internal sealed class TemplateParser
{
    private static readonly HashSet<string> UnsupportedTags = ["extends", "include", "import", "from", "block", "autoescape", "do"];

    private readonly TokenStream _tokens;
    private readonly ExpressionParser _expressions;
    private readonly Dictionary<string, Func<Token, Statement>> _statements;
    private readonly Stack<string> _openBlocks = new();
    private readonly Stack<string[]> _expectedEndTags = new();
    private int _loopDepth;

    private TemplateParser(string source)
    {
        _tokens = new TokenStream(Lexer.Tokenize(source));
        _expressions = new ExpressionParser(_tokens);
        _statements = new Dictionary<string, Func<Token, Statement>>(StringComparer.Ordinal)
        {
            ["if"] = tag => ParseIf(tag.Position),
            ["for"] = tag => ParseFor(tag.Position),
            ["set"] = tag => ParseSet(tag.Position),
            ["macro"] = tag => ParseMacro(tag.Position),
            ["call"] = tag => ParseCallBlock(tag.Position),
            ["filter"] = tag => ParseFilterBlock(tag.Position),
            ["with"] = tag => ParseWith(tag.Position),
            ["generation"] = tag => ParseGeneration(tag.Position),
            ["break"] = tag => ParseLoopControl(tag, Flow.Break),
            ["continue"] = tag => ParseLoopControl(tag, Flow.Continue),
        };
    }

    public static Statement[] Parse(string source)
    {
        var parser = new TemplateParser(source);
        var (body, _) = parser.ParseBody();
        return body;
    }

    /// <summary>
    /// Statements up to one of <paramref name="endTags"/> (or the end of the template when none are given).
    /// Returns the end tag found; the stream is then just after its name, before any arguments and the tag's end.
    /// </summary>
    private (Statement[] Body, string EndTag) ParseBody(params string[] endTags)
    {
        _expectedEndTags.Push(endTags);
        try
        {
            return ParseStatements(endTags);
        }
        finally
        {
            _expectedEndTags.Pop();
        }
    }

    private (Statement[] Body, string EndTag) ParseStatements(string[] endTags)
    {
        var body = new List<Statement>();
        while (true)
        {
            var token = _tokens.Current;
            switch (token.Kind)
            {
                case TokenKind.Text:
                    _tokens.Next();
                    body.Add(new TextOutput(token.Position, token.Text));
                    break;
                case TokenKind.VariableBegin:
                    _tokens.Next();
                    body.Add(new Output(token.Position, _expressions.ParseTuple()));
                    _tokens.Expect(TokenKind.VariableEnd);
                    break;
                case TokenKind.BlockBegin:
                    _tokens.Next();
                    var tag = _tokens.Current;
                    if (tag.Kind == TokenKind.Name && endTags.Contains(tag.Text))
                    {
                        _tokens.Next();
                        return ([.. body], tag.Text);
                    }
                    body.Add(ParseStatement());
                    break;
                case TokenKind.EndOfTemplate:
                    if (endTags.Length > 0)
                        throw _tokens.Error($"Unexpected end of template. {ExpectationMessage()}");
                    return ([.. body], "");
                default:
                    throw _tokens.Error($"unexpected '{token.Describe()}'");
            }
        }
    }

    /// <summary>Jinja's hint which end tags the innermost open block is waiting for.</summary>
    private string ExpectationMessage()
    {
        var endTags = _expectedEndTags.Peek();
        return $"Jinja was looking for the following tags: {string.Join(" or ", endTags.Select(t => $"'{t}'"))}. " +
            $"The innermost block that needs to be closed is '{_openBlocks.Peek()}'.";
    }

    private Statement ParseStatement()
    {
        var token = _tokens.Current;
        if (token.Kind != TokenKind.Name)
            throw _tokens.Error("tag name expected");
        if (UnsupportedTags.Contains(token.Text))
            throw _tokens.Error($"the '{token.Text}' tag is not supported in chat templates");
        if (!_statements.TryGetValue(token.Text, out var parse))
            throw _tokens.Error(UnknownTagMessage(token.Text));
        _tokens.Next();
        _openBlocks.Push(token.Text);
        try
        {
            return parse(token);
        }
        finally
        {
            _openBlocks.Pop();
        }
    }

    private string UnknownTagMessage(string name) => _expectedEndTags.Peek().Length == 0
        ? $"Encountered unknown tag '{name}'."
        : $"Encountered unknown tag '{name}'. {ExpectationMessage()}";

    private If ParseIf(SourcePosition position)
    {
        var branches = new List<(Expression, Statement[])>();
        var test = _expressions.ParseTuple(withConditional: false);
        while (true)
        {
            _tokens.Expect(TokenKind.BlockEnd);
            var (body, end) = ParseBody("elif", "else", "endif");
            branches.Add((test, body));
            if (end == "elif")
            {
                test = _expressions.ParseTuple(withConditional: false);
                continue;
            }
            Statement[] otherwise = [];
            if (end == "else")
            {
                _tokens.Expect(TokenKind.BlockEnd);
                (otherwise, _) = ParseBody("endif");
            }
            _tokens.Expect(TokenKind.BlockEnd);
            return new If(position, [.. branches], otherwise);
        }
    }

    private For ParseFor(SourcePosition position)
    {
        var target = _expressions.ParseAssignTarget(extraEnd: "in");
        if (!_tokens.SkipIfName("in"))
            throw _tokens.Error($"expected 'in', got '{_tokens.Current.Describe()}'");
        var iterable = _expressions.ParseTuple(withConditional: false, extraEnd: "recursive");
        var filter = _tokens.SkipIfName("if") ? _expressions.ParseExpression() : null;
        var recursive = _tokens.SkipIfName("recursive");
        _tokens.Expect(TokenKind.BlockEnd);

        _loopDepth++;
        var (body, end) = ParseBody("endfor", "else");
        _loopDepth--;
        Statement[] otherwise = [];
        if (end == "else")
        {
            _tokens.Expect(TokenKind.BlockEnd);
            (otherwise, _) = ParseBody("endfor");
        }
        _tokens.Expect(TokenKind.BlockEnd);
        return new For(position, target, iterable, filter, body, otherwise, recursive);
    }

    private Statement ParseSet(SourcePosition position)
    {
        var target = _expressions.ParseAssignTarget(withNamespace: true);
        if (_tokens.SkipIf(TokenKind.Assign))
        {
            var value = _expressions.ParseTuple();
            _tokens.Expect(TokenKind.BlockEnd);
            return new Set(position, target, value);
        }
        FilterCall[] filters = _tokens.SkipIf(TokenKind.Pipe) ? _expressions.ParseFilterChain() : [];
        _tokens.Expect(TokenKind.BlockEnd);
        var (body, _) = ParseBody("endset");
        _tokens.Expect(TokenKind.BlockEnd);
        return new SetBlock(position, target, body, filters);
    }

    private DefineMacro ParseMacro(SourcePosition position)
    {
        var name = _tokens.ExpectName();
        var parameters = ParseSignature();
        _tokens.Expect(TokenKind.BlockEnd);
        var definition = ParseMacroBody(name, parameters, "endmacro");
        return new DefineMacro(position, definition);
    }

    /// <summary>A macro (or call block) body, and which of the special names caller/varargs/kwargs it reads.</summary>
    private MacroDefinition ParseMacroBody(string name, (string, Expression?)[] parameters, string endTag)
    {
        var firstName = _expressions.ReferencedNames.Count;
        var body = ParseFunctionBody(endTag);
        var referenced = _expressions.ReferencedNames.Skip(firstName).ToHashSet(StringComparer.Ordinal);
        return new MacroDefinition(name, parameters, body, referenced);
    }

    /// <summary><c>(a, b=default, ...)</c>; a parameter without default may not follow one with.</summary>
    private (string, Expression?)[] ParseSignature()
    {
        var parameters = new List<(string, Expression?)>();
        _tokens.Expect(TokenKind.LParen);
        var sawDefault = false;
        while (_tokens.Current.Kind != TokenKind.RParen)
        {
            if (parameters.Count > 0)
                _tokens.Expect(TokenKind.Comma);
            var name = _tokens.ExpectName();
            Expression? fallback = null;
            if (_tokens.SkipIf(TokenKind.Assign))
            {
                fallback = _expressions.ParseExpression();
                sawDefault = true;
            }
            else if (sawDefault)
            {
                throw _tokens.Error("non-default argument follows default argument");
            }
            parameters.Add((name, fallback));
        }
        _tokens.Expect(TokenKind.RParen);
        return [.. parameters];
    }

    private CallBlock ParseCallBlock(SourcePosition position)
    {
        var parameters = _tokens.Current.Kind == TokenKind.LParen ? ParseSignature() : [];
        var callPosition = _tokens.Current.Position;
        if (_expressions.ParseExpression() is not Call call)
            throw TokenStream.Error("expected call", callPosition);
        _tokens.Expect(TokenKind.BlockEnd);
        return new CallBlock(position, call, ParseMacroBody("caller", parameters, "endcall"));
    }

    private FilterBlock ParseFilterBlock(SourcePosition position)
    {
        var filters = _expressions.ParseFilterChain();
        _tokens.Expect(TokenKind.BlockEnd);
        var (body, _) = ParseBody("endfilter");
        _tokens.Expect(TokenKind.BlockEnd);
        return new FilterBlock(position, filters, body);
    }

    private ScopedBlock ParseWith(SourcePosition position)
    {
        var assignments = new List<(AssignTarget, Expression)>();
        while (_tokens.Current.Kind != TokenKind.BlockEnd)
        {
            if (assignments.Count > 0)
                _tokens.Expect(TokenKind.Comma);
            var target = _expressions.ParseAssignTarget();
            _tokens.Expect(TokenKind.Assign);
            assignments.Add((target, _expressions.ParseExpression()));
        }
        _tokens.Expect(TokenKind.BlockEnd);
        var (body, _) = ParseBody("endwith");
        _tokens.Expect(TokenKind.BlockEnd);
        return new ScopedBlock(position, [.. assignments], body);
    }

    /// <summary>Hugging Face's <c>{% generation %}</c> (AssistantTracker) is a call block in Jinja: its own scope, no loop controls.</summary>
    private ScopedBlock ParseGeneration(SourcePosition position)
    {
        _tokens.Expect(TokenKind.BlockEnd);
        return new ScopedBlock(position, [], ParseFunctionBody("endgeneration"));
    }

    /// <summary>The body of a macro, call block or generation block, up to and including its end tag.</summary>
    private Statement[] ParseFunctionBody(string endTag)
    {
        // Jinja compiles these bodies into functions, so loop controls of an enclosing loop cannot reach in.
        var savedLoopDepth = _loopDepth;
        _loopDepth = 0;
        var (body, _) = ParseBody(endTag);
        _loopDepth = savedLoopDepth;
        _tokens.Expect(TokenKind.BlockEnd);
        return body;
    }

    private LoopControl ParseLoopControl(Token token, Flow flow)
    {
        if (_loopDepth == 0)
            throw TokenStream.Error($"'{token.Text}' outside loop", token.Position);
        _tokens.Expect(TokenKind.BlockEnd);
        return new LoopControl(token.Position, flow);
    }
}
