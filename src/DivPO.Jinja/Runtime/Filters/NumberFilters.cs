using System.Globalization;
using DivPO.Jinja.Python;
using DivPO.Jinja.Values;

using static DivPO.Jinja.Runtime.Filters.FilterFunctions;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Numeric filters and conversions, with Python's int()/float()/round() rules.</summary>
internal static class NumberFilters
{
    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["abs"] = Unary("abs", value => value switch
        {
            long or bool => Math.Abs(PyNumber.ToLong(value)),
            double d => (object)Math.Abs(d),
            _ => throw new TemplateError($"bad operand type for abs(): '{PyTypes.NameOf(value)}'"),
        });
        registry["round"] = WithParameters(new Signature("round", ("precision", 0L), ("method", "common")), Round);
        registry["int"] = WithParameters(new Signature("int", ("default", 0L), ("base", 10L)), (value, p) =>
            ToInteger(value, (int)Integers.Require(p[1])) ?? p[0]);
        registry["float"] = WithParameters(new Signature("float", ("default", 0.0)), (value, p) => ToFloat(value) ?? p[0]);
    }

    private static object? Round(object? value, object?[] p)
    {
        var precision = (int)Integers.Require(p[0]);
        var method = PyRepr.Str(p[1]);
        if (method is not ("common" or "ceil" or "floor"))
            throw new TemplateError("method must be common, ceil or floor");
        if (!PyNumber.IsNumber(value))
            throw new TemplateError($"type {PyTypes.NameOf(value)} doesn't define __round__ method");
        if (method == "common" && PyNumber.IsExactInteger(value))
            return RoundInteger(PyNumber.ToLong(value), precision);
        var number = PyNumber.ToDouble(value);
        if (method == "common" && precision < 0)
        {
            var unit = Math.Pow(10, -precision);
            return Math.Round(number / unit, MidpointRounding.ToEven) * unit;
        }
        if (method == "common")
            return Math.Round(number, Math.Min(precision, 15), MidpointRounding.ToEven);
        var scale = Math.Pow(10, precision);
        return (method == "ceil" ? Math.Ceiling(number * scale) : Math.Floor(number * scale)) / scale;
    }

    /// <summary>Python's round(int, ndigits): unchanged unless ndigits is negative, then to a multiple of 10^-ndigits, ties to even.</summary>
    private static long RoundInteger(long value, int precision)
    {
        if (precision >= 0)
            return value;
        var unit = (long)Math.Pow(10, Math.Min(-precision, 18));
        return (long)Math.Round((decimal)value / unit, MidpointRounding.ToEven) * unit;
    }

    /// <summary>Python's int(value, base), falling back to int(float(value)); null when neither works.</summary>
    private static object? ToInteger(object? value, int numberBase)
    {
        switch (value)
        {
            case long or bool:
                return PyNumber.ToLong(value);
            case double d:
                return double.IsFinite(d) ? (long)Math.Truncate(d) : null;
            case string s:
                var text = s.Trim().Replace("_", "", StringComparison.Ordinal);
                if (numberBase == 10 && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
                    return parsed;
                if (numberBase != 10 && TryParseInBase(text, numberBase, out parsed))
                    return parsed;
                return ToFloat(s) is double f && double.IsFinite(f) ? (long)Math.Truncate(f) : null;
            default:
                return null;
        }
    }

    private static bool TryParseInBase(string text, int numberBase, out long value)
    {
        value = 0;
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('+', '-');
        var prefix = numberBase switch { 16 => "0x", 8 => "0o", 2 => "0b", _ => null };
        if (prefix is not null && digits.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            digits = digits[2..];
        if (digits.Length == 0)
            return false;
        try
        {
            value = Convert.ToInt64(digits, numberBase);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return false;
        }
        value = negative ? -value : value;
        return true;
    }

    /// <summary>Python's float(value); null when it fails.</summary>
    private static double? ToFloat(object? value) => value switch
    {
        long or bool or double => PyNumber.ToDouble(value),
        string s => ParseFloat(s.Trim().Replace("_", "", StringComparison.Ordinal)),
        _ => null,
    };

    private static double? ParseFloat(string text) => text.ToLowerInvariant() switch
    {
        "inf" or "+inf" or "infinity" or "+infinity" => double.PositiveInfinity,
        "-inf" or "-infinity" => double.NegativeInfinity,
        "nan" or "+nan" or "-nan" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
    };
}
