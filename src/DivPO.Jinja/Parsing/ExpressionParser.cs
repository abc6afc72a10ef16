using DivPO.Jinja.Ast;
using DivPO.Jinja.Ast.Expressions;
using DivPO.Jinja.Ast.Targets;
using DivPO.Jinja.Lexing;
using DivPO.Jinja.Python;

namespace DivPO.Jinja.Parsing;

/// <summary>
/// Jinja's expression grammar, precedence from loosest to tightest: conditional <c>a if b else c</c>, <c>or</c>,
/// <c>and</c>, <c>not</c>, comparisons (chained, <c>in</c>, <c>not in</c>), <c>+ -</c>, <c>~</c>, <c>* / // %</c>,
/// <c>**</c>, unary <c>- +</c>, then primaries with postfix <c>.attr</c>, <c>[key]</c>, <c>(args)</c>, <c>| filter</c>
/// and <c>is test</c>. Follows jinja2/parser.py, including its quirks (left-associative <c>**</c>, filters binding
/// tighter than unary minus's operand).
/// </summary>
internal sealed class ExpressionParser(TokenStream tokens)
{
    private static readonly Dictionary<TokenKind, ComparisonOperator> ComparisonTokens = new()
    {
        [TokenKind.Eq] = ComparisonOperator.Equal,
        [TokenKind.Ne] = ComparisonOperator.NotEqual,
        [TokenKind.Lt] = ComparisonOperator.Less,
        [TokenKind.Le] = ComparisonOperator.LessOrEqual,
        [TokenKind.Gt] = ComparisonOperator.Greater,
        [TokenKind.Ge] = ComparisonOperator.GreaterOrEqual,
    };

    private static readonly Dictionary<TokenKind, Func<object?, object?, object?>> AdditiveOperators = new()
    {
        [TokenKind.Add] = PyArithmetic.Add,
        [TokenKind.Sub] = PyArithmetic.Subtract,
    };

    private static readonly Dictionary<TokenKind, Func<object?, object?, object?>> MultiplicativeOperators = new()
    {
        [TokenKind.Mul] = PyArithmetic.Multiply,
        [TokenKind.Div] = PyArithmetic.TrueDivide,
        [TokenKind.FloorDiv] = PyArithmetic.FloorDivide,
        [TokenKind.Mod] = PyArithmetic.Modulo,
    };

    private static readonly Dictionary<TokenKind, Func<object?, object?, object?>> PowerOperator = new()
    {
        [TokenKind.Pow] = PyArithmetic.Power,
    };

    /// <summary>Every variable name the parsed expressions read, in order (macros check for caller/varargs/kwargs).</summary>
    public List<string> ReferencedNames { get; } = [];

    public Expression ParseExpression(bool withConditional = true) => withConditional ? ParseConditional() : ParseOr();

    /// <summary>
    /// An expression or a bare tuple <c>a, b</c>. <paramref name="simplified"/> allows only primaries (assignment targets);
    /// <paramref name="extraEnd"/> names a keyword that ends the tuple (<c>in</c> of a for loop).
    /// </summary>
    public Expression ParseTuple(bool simplified = false, bool withConditional = true, string? extraEnd = null, bool explicitParentheses = false)
    {
        var position = tokens.Current.Position;
        var items = new List<Expression>();
        var isTuple = false;
        while (true)
        {
            if (items.Count > 0)
                tokens.Expect(TokenKind.Comma);
            if (IsTupleEnd(extraEnd))
                break;
            items.Add(simplified ? ParsePrimary() : ParseExpression(withConditional));
            if (tokens.Current.Kind != TokenKind.Comma)
                break;
            isTuple = true;
        }
        if (!isTuple && items.Count == 1)
            return items[0];
        if (items.Count == 0 && !explicitParentheses)
            throw tokens.Error($"Expected an expression, got '{tokens.Current.Describe()}'");
        return new TupleLiteral(position, [.. items]);
    }

    private bool IsTupleEnd(string? extraEnd) =>
        tokens.Current.Kind is TokenKind.VariableEnd or TokenKind.BlockEnd or TokenKind.RParen
        || (extraEnd is not null && tokens.Current.IsName(extraEnd));

    /// <summary>The target of <c>set</c>/<c>for</c>/<c>with</c>: a name, a tuple of targets, or (when allowed) <c>ns.attr</c>.</summary>
    public AssignTarget ParseAssignTarget(string? extraEnd = null, bool withNamespace = false)
    {
        if (withNamespace && tokens.Current.Kind == TokenKind.Name && tokens.Peek.Kind == TokenKind.Dot)
        {
            var variable = tokens.ExpectName();
            tokens.Next();
            return new NamespaceAttributeTarget(variable, tokens.ExpectName());
        }
        var position = tokens.Current.Position;
        return ToTarget(ParseTuple(simplified: true, extraEnd: extraEnd), position);
    }

    private static AssignTarget ToTarget(Expression expression, SourcePosition position) => expression switch
    {
        Name name => new NameTarget(name.Identifier),
        TupleLiteral tuple => new TupleTarget(tuple.Items.Select(item => ToTarget(item, item.Position)).ToArray()),
        Constant => throw TokenStream.Error("can't assign to 'const'", position),
        _ => throw TokenStream.Error("can't assign to this expression", position),
    };

    private Expression ParseConditional()
    {
        var expression = ParseOr();
        while (tokens.Current.IsName("if"))
        {
            var position = tokens.Next().Position;
            var test = ParseOr();
            var otherwise = tokens.SkipIfName("else") ? ParseConditional() : null;
            expression = new Conditional(position, test, expression, otherwise);
        }
        return expression;
    }

    private Expression ParseOr() => ParseLogical("or", ParseAnd);

    private Expression ParseAnd() => ParseLogical("and", ParseNot);

    private Expression ParseLogical(string keyword, Func<Expression> parseOperand)
    {
        var left = parseOperand();
        while (tokens.Current.IsName(keyword))
        {
            var position = tokens.Next().Position;
            left = new Logical(position, isAnd: keyword == "and", left, parseOperand());
        }
        return left;
    }

    private Expression ParseNot()
    {
        if (!tokens.Current.IsName("not"))
            return ParseComparison();
        var position = tokens.Next().Position;
        return new Not(position, ParseNot());
    }

    private Expression ParseComparison()
    {
        var position = tokens.Current.Position;
        var first = ParseAdditive();
        var rest = new List<(ComparisonOperator, Expression)>();
        while (true)
        {
            if (ComparisonTokens.TryGetValue(tokens.Current.Kind, out var op))
            {
                tokens.Next();
                rest.Add((op, ParseAdditive()));
            }
            else if (tokens.SkipIfName("in"))
            {
                rest.Add((ComparisonOperator.In, ParseAdditive()));
            }
            else if (tokens.Current.IsName("not") && tokens.Peek.IsName("in"))
            {
                tokens.Next();
                tokens.Next();
                rest.Add((ComparisonOperator.NotIn, ParseAdditive()));
            }
            else
            {
                break;
            }
        }
        return rest.Count == 0 ? first : new Comparison(position, first, [.. rest]);
    }

    private Expression ParseAdditive() => ParseLeftAssociative(AdditiveOperators, ParseConcat);

    private Expression ParseConcat()
    {
        var position = tokens.Current.Position;
        var parts = new List<Expression> { ParseMultiplicative() };
        while (tokens.SkipIf(TokenKind.Tilde))
            parts.Add(ParseMultiplicative());
        return parts.Count == 1 ? parts[0] : new Concat(position, [.. parts]);
    }

    private Expression ParseMultiplicative() => ParseLeftAssociative(MultiplicativeOperators, ParsePower);

    // Jinja parses ** left-associatively: 2 ** 3 ** 2 is 64.
    private Expression ParsePower() => ParseLeftAssociative(PowerOperator, () => ParseUnary());

    private Expression ParseLeftAssociative(Dictionary<TokenKind, Func<object?, object?, object?>> operators, Func<Expression> parseOperand)
    {
        var left = parseOperand();
        while (operators.TryGetValue(tokens.Current.Kind, out var operation))
        {
            var position = tokens.Next().Position;
            left = new BinaryOperation(position, operation, left, parseOperand());
        }
        return left;
    }

    private Expression ParseUnary(bool withFilters = true)
    {
        var token = tokens.Current;
        Expression expression;
        if (token.Kind is TokenKind.Sub or TokenKind.Add)
        {
            tokens.Next();
            Func<object?, object?> operation = token.Kind == TokenKind.Sub ? PyArithmetic.Negate : PyArithmetic.Plus;
            expression = new UnaryOperation(token.Position, operation, ParseUnary(withFilters: false));
        }
        else
        {
            expression = ParsePrimary();
        }
        expression = ParsePostfix(expression);
        return withFilters ? ParseFiltersAndTests(expression) : expression;
    }

    private Expression ParsePrimary()
    {
        var token = tokens.Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                tokens.Next();
                return token.Text switch
                {
                    "true" or "True" => new Constant(token.Position, true),
                    "false" or "False" => new Constant(token.Position, false),
                    "none" or "None" => new Constant(token.Position, null),
                    var name => Reference(token.Position, name),
                };
            case TokenKind.String:
                // Adjacent string literals concatenate, as in Python.
                var text = (string)tokens.Next().Value!;
                while (tokens.Current.Kind == TokenKind.String)
                    text += (string)tokens.Next().Value!;
                return new Constant(token.Position, text);
            case TokenKind.Integer or TokenKind.Float:
                tokens.Next();
                return new Constant(token.Position, token.Value);
            case TokenKind.LParen:
                tokens.Next();
                var inner = ParseTuple(explicitParentheses: true);
                tokens.Expect(TokenKind.RParen);
                return inner;
            case TokenKind.LBracket:
                return ParseList();
            case TokenKind.LBrace:
                return ParseDict();
            default:
                throw tokens.Error($"unexpected '{token.Describe()}'");
        }
    }

    private Name Reference(SourcePosition position, string name)
    {
        ReferencedNames.Add(name);
        return new Name(position, name);
    }

    private ListLiteral ParseList()
    {
        var position = tokens.Current.Position;
        return new ListLiteral(position, [.. ParseDelimited(TokenKind.LBracket, TokenKind.RBracket, () => ParseExpression())]);
    }

    private DictLiteral ParseDict()
    {
        var position = tokens.Current.Position;
        return new DictLiteral(position, [.. ParseDelimited(TokenKind.LBrace, TokenKind.RBrace, () =>
        {
            var key = ParseExpression();
            tokens.Expect(TokenKind.Colon);
            return (key, ParseExpression());
        })]);
    }

    /// <summary>Comma-separated items between brackets; a trailing comma is allowed, as in Python.</summary>
    private List<T> ParseDelimited<T>(TokenKind open, TokenKind close, Func<T> parseItem)
    {
        tokens.Expect(open);
        var items = new List<T>();
        while (tokens.Current.Kind != close)
        {
            if (items.Count > 0)
                tokens.Expect(TokenKind.Comma);
            if (tokens.Current.Kind == close)
                break;
            items.Add(parseItem());
        }
        tokens.Expect(close);
        return items;
    }

    private Expression ParsePostfix(Expression expression)
    {
        while (true)
        {
            switch (tokens.Current.Kind)
            {
                case TokenKind.Dot or TokenKind.LBracket:
                    expression = ParseSubscript(expression);
                    break;
                case TokenKind.LParen:
                    expression = new Call(expression.Position, expression, ParseCallArguments());
                    break;
                default:
                    return expression;
            }
        }
    }

    private Expression ParseFiltersAndTests(Expression expression)
    {
        while (true)
        {
            if (tokens.Current.Kind == TokenKind.Pipe)
            {
                tokens.Next();
                expression = ParseFilterStep(expression);
            }
            else if (tokens.Current.IsName("is"))
            {
                expression = ParseTest(expression);
            }
            else if (tokens.Current.Kind == TokenKind.LParen)
            {
                expression = new Call(expression.Position, expression, ParseCallArguments());
            }
            else
            {
                return expression;
            }
        }
    }

    private Expression ParseSubscript(Expression target)
    {
        var token = tokens.Next();
        if (token.Kind == TokenKind.Dot)
        {
            var attribute = tokens.Next();
            return attribute.Kind switch
            {
                TokenKind.Name => new GetAttribute(token.Position, target, attribute.Text),
                TokenKind.Integer => new GetItem(token.Position, target, new Constant(attribute.Position, attribute.Value)),
                _ => throw TokenStream.Error("expected name or number", attribute.Position),
            };
        }

        var subscripts = new List<Expression>();
        while (tokens.Current.Kind != TokenKind.RBracket)
        {
            if (subscripts.Count > 0)
                tokens.Expect(TokenKind.Comma);
            var start = tokens.Current.Kind == TokenKind.Colon ? null : ParseExpression();
            if (tokens.Current.Kind != TokenKind.Colon)
            {
                subscripts.Add(start!);
                continue;
            }
            if (subscripts.Count > 0)
                throw tokens.Error("slices inside tuple subscripts are not supported");
            var slice = ParseSliceRest(token.Position, target, start);
            tokens.Expect(TokenKind.RBracket);
            return slice;
        }
        tokens.Expect(TokenKind.RBracket);
        var key = subscripts.Count == 1 ? subscripts[0] : new TupleLiteral(token.Position, [.. subscripts]);
        return new GetItem(token.Position, target, key);
    }

    /// <summary>The <c>:stop:step</c> of a slice whose start (possibly absent) has been read.</summary>
    private Slice ParseSliceRest(SourcePosition position, Expression target, Expression? start)
    {
        tokens.Expect(TokenKind.Colon);
        var stop = IsSliceBoundEnd() ? null : ParseExpression();
        var step = tokens.SkipIf(TokenKind.Colon) && !IsSliceBoundEnd() ? ParseExpression() : null;
        return new Slice(position, target, start, stop, step);
    }

    private bool IsSliceBoundEnd() => tokens.Current.Kind is TokenKind.Colon or TokenKind.RBracket or TokenKind.Comma;

    private Expression ParseFilterStep(Expression value)
    {
        var position = tokens.Current.Position;
        return new Filter(position, value, ParseFilterCall());
    }

    /// <summary><c>name</c> or <c>name(args)</c> after a pipe (dotted names allowed, as in Jinja).</summary>
    public FilterCall ParseFilterCall()
    {
        var name = ParseDottedName();
        var arguments = tokens.Current.Kind == TokenKind.LParen ? ParseCallArguments() : ArgumentList.Empty;
        return new FilterCall(name, arguments);
    }

    /// <summary>The filters of <c>{% filter a|b %}</c> or <c>{% set x | a %}</c>.</summary>
    public FilterCall[] ParseFilterChain()
    {
        var filters = new List<FilterCall> { ParseFilterCall() };
        while (tokens.SkipIf(TokenKind.Pipe))
            filters.Add(ParseFilterCall());
        return [.. filters];
    }

    private string ParseDottedName()
    {
        var name = tokens.ExpectName();
        while (tokens.SkipIf(TokenKind.Dot))
            name += "." + tokens.ExpectName();
        return name;
    }

    private Expression ParseTest(Expression value)
    {
        var position = tokens.Next().Position;
        var negated = tokens.SkipIfName("not");
        var name = ParseDottedName();
        ArgumentList arguments;
        if (tokens.Current.Kind == TokenKind.LParen)
        {
            arguments = ParseCallArguments();
        }
        else if (StartsTestArgument(tokens.Current))
        {
            if (tokens.Current.IsName("is"))
                throw tokens.Error("You cannot chain multiple tests with is");
            arguments = new ArgumentList([ParsePostfix(ParsePrimary())], []);
        }
        else
        {
            arguments = ArgumentList.Empty;
        }
        Expression test = new Test(position, value, name, arguments);
        return negated ? new Not(position, test) : test;
    }

    /// <summary>Jinja lets a test take one argument without parentheses: <c>x is divisibleby 3</c>, <c>x is sameas none</c>.</summary>
    private static bool StartsTestArgument(Token token) =>
        token.Kind is TokenKind.Name or TokenKind.String or TokenKind.Integer or TokenKind.Float
            or TokenKind.LParen or TokenKind.LBracket or TokenKind.LBrace
        && !(token.IsName("else") || token.IsName("or") || token.IsName("and"));

    /// <summary><c>(a, b, name=c, *args, **kwargs)</c>.</summary>
    public ArgumentList ParseCallArguments()
    {
        var open = tokens.Expect(TokenKind.LParen);
        var positional = new List<Expression>();
        var named = new List<(string, Expression)>();
        Expression? spreadPositional = null, spreadNamed = null;
        void Ensure(bool valid)
        {
            if (!valid)
                throw TokenStream.Error("invalid syntax for function call expression", open.Position);
        }

        var requireComma = false;
        while (tokens.Current.Kind != TokenKind.RParen)
        {
            if (requireComma)
            {
                tokens.Expect(TokenKind.Comma);
                if (tokens.Current.Kind == TokenKind.RParen)
                    break;
            }
            if (tokens.SkipIf(TokenKind.Mul))
            {
                Ensure(spreadPositional is null && spreadNamed is null);
                spreadPositional = ParseExpression();
            }
            else if (tokens.SkipIf(TokenKind.Pow))
            {
                Ensure(spreadNamed is null);
                spreadNamed = ParseExpression();
            }
            else if (tokens.Current.Kind == TokenKind.Name && tokens.Peek.Kind == TokenKind.Assign)
            {
                Ensure(spreadNamed is null);
                var key = tokens.ExpectName();
                tokens.Next();
                named.Add((key, ParseExpression()));
            }
            else
            {
                Ensure(spreadPositional is null && spreadNamed is null && named.Count == 0);
                positional.Add(ParseExpression());
            }
            requireComma = true;
        }
        tokens.Expect(TokenKind.RParen);
        return positional.Count == 0 && named.Count == 0 && spreadPositional is null && spreadNamed is null
            ? ArgumentList.Empty
            : new ArgumentList([.. positional], [.. named], spreadPositional, spreadNamed);
    }
}
