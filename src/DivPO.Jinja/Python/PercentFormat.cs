using System.Text;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's printf-style <c>format % args</c>, used by the <c>%</c> operator and the <c>format</c> filter.</summary>
internal static class PercentFormat
{
    /// <param name="format">The format string.</param>
    /// <param name="arguments">A tuple (positional values), a dict (for <c>%(name)s</c>) or a single value.</param>
    public static string Format(string format, object? arguments)
    {
        var positional = arguments is PyTuple tuple ? tuple.Items : [arguments];
        var mapping = arguments as PyDict;
        var next = 0;
        var sb = new StringBuilder(format.Length);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                sb.Append(format[i]);
                continue;
            }
            if (++i >= format.Length)
                throw new TemplateError("incomplete format");
            object? value = null;
            var hasKey = format[i] == '(';
            if (hasKey)
            {
                var close = format.IndexOf(')', i);
                if (mapping is null || close < 0)
                    throw new TemplateError("format requires a mapping");
                if (!mapping.TryGetValue(format[(i + 1)..close], out value))
                    throw new TemplateError($"KeyError: {PyRepr.QuoteString(format[(i + 1)..close])}");
                i = close + 1;
            }

            var spec = new ConversionSpec();
            for (; i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0'; i++)
                spec.AddFlag(format[i]);
            spec.Width = ReadCount(format, ref i, positional, ref next);
            if (i < format.Length && format[i] == '.')
            {
                i++;
                spec.Precision = ReadCount(format, ref i, positional, ref next) ?? 0;
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L')
                i++;
            if (i >= format.Length)
                throw new TemplateError("incomplete format");
            var conversion = format[i];
            if (conversion == '%')
            {
                sb.Append('%');
                continue;
            }
            if (!hasKey)
            {
                if (next >= positional.Length)
                    throw new TemplateError("not enough arguments for format string");
                value = positional[next++];
            }
            sb.Append(Convert(conversion, value, spec));
        }
        if (mapping is null && next < positional.Length)
            throw new TemplateError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static int? ReadCount(string format, ref int i, object?[] positional, ref int next)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            if (next >= positional.Length || !PyNumber.IsExactInteger(positional[next]))
                throw new TemplateError("* wants int");
            return (int)PyNumber.ToLong(positional[next++]);
        }
        var start = i;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
            i++;
        return i > start ? int.Parse(format.AsSpan(start, i - start), provider: System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Convert(char conversion, object? value, ConversionSpec spec)
    {
        switch (conversion)
        {
            case 's':
                return spec.PadText(Truncate(PyRepr.Str(value), spec.Precision));
            case 'r' or 'a':
                return spec.PadText(Truncate(PyRepr.Repr(value), spec.Precision));
            case 'c':
                return spec.PadText(value is string s ? s : char.ConvertFromUtf32((int)RequireInteger(value, conversion)));
            case 'd' or 'i' or 'u':
                var integer = RequireInteger(value, conversion);
                var digits = NumberFormat.Integer(integer, 10, upper: false);
                return spec.PadNumber(PadDigits(digits, spec.Precision), integer < 0);
            case 'x' or 'X' or 'o':
                var number = RequireInteger(value, conversion);
                var numberBase = conversion == 'o' ? 8 : 16;
                var body = PadDigits(NumberFormat.Integer(number, numberBase, conversion == 'X'), spec.Precision);
                if (spec.Alternate)
                    body = (conversion == 'o' ? "0o" : conversion == 'X' ? "0X" : "0x") + body;
                return spec.PadNumber(body, number < 0);
            case 'f' or 'F' or 'e' or 'E' or 'g' or 'G':
                var real = RequireReal(value, conversion);
                var precision = spec.Precision ?? 6;
                var text = char.ToLowerInvariant(conversion) switch
                {
                    'f' => NumberFormat.Fixed(real, precision),
                    'e' => NumberFormat.Exponent(real, precision, conversion == 'E'),
                    _ => NumberFormat.General(real, precision, conversion == 'G', spec.Alternate),
                };
                return spec.PadNumber(conversion == 'F' ? text.ToUpperInvariant() : text, double.IsNegative(real) && !double.IsNaN(real));
            default:
                throw new TemplateError($"unsupported format character '{conversion}'");
        }
    }

    private static string Truncate(string s, int? precision) => precision is { } p && p < s.Length ? s[..p] : s;

    private static string PadDigits(string digits, int? precision) =>
        precision is { } p && p > digits.Length ? new string('0', p - digits.Length) + digits : digits;

    private static long RequireInteger(object? value, char conversion) => value switch
    {
        long or bool => PyNumber.ToLong(value),
        double d when conversion is 'd' or 'i' or 'u' => (long)Math.Truncate(d),
        _ => throw new TemplateError($"%{conversion} format: a real number is required, not {PyTypes.NameOf(value)}"),
    };

    private static double RequireReal(object? value, char conversion) => PyNumber.IsNumber(value)
        ? PyNumber.ToDouble(value)
        : throw new TemplateError($"%{conversion} format: a real number is required, not {PyTypes.NameOf(value)}");

    private sealed class ConversionSpec
    {
        private bool _leftAlign;
        private bool _zeroPad;
        private char _sign;

        public bool Alternate { get; private set; }

        public int? Width { get; set; }

        public int? Precision { get; set; }

        public void AddFlag(char flag)
        {
            switch (flag)
            {
                case '-': _leftAlign = true; break;
                case '0': _zeroPad = true; break;
                case '#': Alternate = true; break;
                case '+': _sign = '+'; break;
                case ' ' when _sign != '+': _sign = ' '; break;
            }
        }

        public string PadText(string text) => NumberFormat.Pad(text, "", Width ?? 0, _leftAlign ? '<' : '>', ' ');

        public string PadNumber(string magnitude, bool negative)
        {
            var sign = NumberFormat.SignOf(negative, _sign);
            var (align, fill) = _leftAlign ? ('<', ' ') : _zeroPad ? ('=', '0') : ('>', ' ');
            return NumberFormat.Pad(magnitude, sign, Width ?? 0, align, fill);
        }
    }
}
