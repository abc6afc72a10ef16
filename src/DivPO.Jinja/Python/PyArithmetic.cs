using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's arithmetic operators: int stays int where Python's does, <c>/</c> is always float.</summary>
internal static class PyArithmetic
{
    public static object? Add(object? a, object? b)
    {
        if (a is string sa && b is string sb)
            return string.Concat(sa, sb);
        if (IsIntegerPair(a, b))
            return Integer(a, b, static (x, y) => checked(x + y));
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
            return PyNumber.ToDouble(a) + PyNumber.ToDouble(b);
        if (a is List<object?> la && b is List<object?> lb)
            return (List<object?>)[.. la, .. lb];
        if (a is PyTuple ta && b is PyTuple tb)
            return new PyTuple([.. ta.Items, .. tb.Items]);
        if (a is string && b is not Undefined)
            throw new TemplateError($"can only concatenate str (not \"{PyTypes.NameOf(b)}\") to str");
        throw Unsupported("+", a, b);
    }

    public static object? Subtract(object? a, object? b)
    {
        if (IsIntegerPair(a, b))
            return Integer(a, b, static (x, y) => checked(x - y));
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
            return PyNumber.ToDouble(a) - PyNumber.ToDouble(b);
        throw Unsupported("-", a, b);
    }

    public static object? Multiply(object? a, object? b)
    {
        if (IsIntegerPair(a, b))
            return Integer(a, b, static (x, y) => checked(x * y));
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
            return PyNumber.ToDouble(a) * PyNumber.ToDouble(b);
        if (PyNumber.IsExactInteger(b) && TryRepeat(a, PyNumber.ToLong(b), out var repeated))
            return repeated;
        if (PyNumber.IsExactInteger(a) && TryRepeat(b, PyNumber.ToLong(a), out repeated))
            return repeated;
        throw Unsupported("*", a, b);
    }

    public static object? TrueDivide(object? a, object? b)
    {
        if (!PyNumber.IsNumber(a) || !PyNumber.IsNumber(b))
            throw Unsupported("/", a, b);
        var divisor = PyNumber.ToDouble(b);
        if (divisor == 0)
            throw new TemplateError("division by zero");
        return PyNumber.ToDouble(a) / divisor;
    }

    public static object? FloorDivide(object? a, object? b)
    {
        if (IsIntegerPair(a, b))
        {
            var (x, y) = (PyNumber.ToLong(a), PyNumber.ToLong(b));
            if (y == 0)
                throw new TemplateError("integer division or modulo by zero");
            var quotient = x / y;
            return (x % y != 0 && (x < 0) != (y < 0)) ? quotient - 1 : quotient;
        }
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
            return FloatDivMod(PyNumber.ToDouble(a), PyNumber.ToDouble(b)).Quotient;
        throw Unsupported("//", a, b);
    }

    public static object? Modulo(object? a, object? b)
    {
        if (a is string format)
            return PercentFormat.Format(format, b);
        if (IsIntegerPair(a, b))
        {
            var (x, y) = (PyNumber.ToLong(a), PyNumber.ToLong(b));
            if (y == 0)
                throw new TemplateError("integer division or modulo by zero");
            var remainder = x % y;
            return remainder != 0 && (remainder < 0) != (y < 0) ? remainder + y : remainder;
        }
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
            return FloatDivMod(PyNumber.ToDouble(a), PyNumber.ToDouble(b)).Remainder;
        throw Unsupported("%", a, b);
    }

    public static object? Power(object? a, object? b)
    {
        if (IsIntegerPair(a, b) && PyNumber.ToLong(b) >= 0)
            return Integer(a, b, IntegerPower);
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
        {
            var (x, y) = (PyNumber.ToDouble(a), PyNumber.ToDouble(b));
            if (x == 0 && y < 0)
                throw new TemplateError("0.0 cannot be raised to a negative power");
            return Math.Pow(x, y);
        }
        throw Unsupported("**", a, b);
    }

    public static object? Negate(object? a) => a switch
    {
        long or bool => Integer(a, 0L, static (x, _) => checked(-x)),
        double d => -d,
        Undefined u => throw u.Fail(),
        _ => throw new TemplateError($"bad operand type for unary -: '{PyTypes.NameOf(a)}'"),
    };

    public static object? Plus(object? a) => a switch
    {
        long or double => a,
        bool b => b ? 1L : 0L,
        Undefined u => throw u.Fail(),
        _ => throw new TemplateError($"bad operand type for unary +: '{PyTypes.NameOf(a)}'"),
    };

    private static bool IsIntegerPair(object? a, object? b) => PyNumber.IsExactInteger(a) && PyNumber.IsExactInteger(b);

    private static bool TryRepeat(object? sequence, long times, out object? repeated)
    {
        var count = (int)Math.Clamp(times, 0, int.MaxValue);
        repeated = sequence switch
        {
            string s => string.Concat(Enumerable.Repeat(s, count)),
            List<object?> list => Enumerable.Repeat(list, count).SelectMany(l => l).ToList(),
            PyTuple tuple => new PyTuple(Enumerable.Repeat(tuple.Items, count).SelectMany(t => t).ToArray()),
            _ => null,
        };
        return repeated is not null;
    }

    /// <summary>Python's float divmod: the remainder takes the divisor's sign.</summary>
    private static (double Quotient, double Remainder) FloatDivMod(double x, double y)
    {
        if (y == 0)
            throw new TemplateError("float divmod()");
        var remainder = x % y;
        var quotient = (x - remainder) / y;
        if (remainder != 0)
        {
            if ((y < 0) != (remainder < 0))
            {
                remainder += y;
                quotient -= 1;
            }
        }
        else
        {
            remainder = double.CopySign(0, y);
        }
        if (quotient == 0)
            return (double.CopySign(0, x / y), remainder);
        var floored = Math.Floor(quotient);
        return (quotient - floored > 0.5 ? floored + 1 : floored, remainder);
    }

    /// <summary>Integer arithmetic on 64 bits; where Python's unbounded ints would go further, an error rather than a wrapped value.</summary>
    private static object Integer(object? a, object? b, Func<long, long, long> operation)
    {
        try
        {
            return operation(PyNumber.ToLong(a), PyNumber.ToLong(b));
        }
        catch (OverflowException)
        {
            throw new TemplateError("integer result too large (beyond 64 bits)");
        }
    }

    /// <summary>Exponentiation by squaring; a square is taken only when a later bit needs it, so it overflows only if the result would.</summary>
    private static long IntegerPower(long x, long exponent)
    {
        long result = 1;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
                result = checked(result * x);
            exponent >>= 1;
            if (exponent > 0)
                x = checked(x * x);
        }
        return result;
    }

    public static TemplateError Unsupported(string op, object? a, object? b)
    {
        if (a is Undefined ua)
            return ua.Fail();
        if (b is Undefined ub)
            return ub.Fail();
        return new TemplateError($"unsupported operand type(s) for {op}: '{PyTypes.NameOf(a)}' and '{PyTypes.NameOf(b)}'");
    }
}
