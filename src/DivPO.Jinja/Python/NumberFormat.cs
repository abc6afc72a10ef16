using System.Globalization;
using System.Text;

namespace DivPO.Jinja.Python;

/// <summary>The number renderings shared by <c>%</c>-formatting and <c>str.format</c>, with Python's spelling.</summary>
internal static class NumberFormat
{
    public static string Fixed(double value, int precision) =>
        IsSpecial(value, out var special) ? special : Math.Abs(value).ToString("F" + precision, CultureInfo.InvariantCulture);

    /// <summary><c>%e</c>: one digit, <paramref name="precision"/> decimals, an exponent of at least two digits.</summary>
    public static string Exponent(double value, int precision, bool upper)
    {
        if (IsSpecial(value, out var special))
            return upper ? special.ToUpperInvariant() : special;
        var text = Math.Abs(value).ToString((upper ? "E" : "e") + precision, CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['e', 'E']);
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..(e + 1)] + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary><c>%g</c>: fixed or exponent notation by magnitude, trailing zeros dropped unless <paramref name="alternate"/>.</summary>
    public static string General(double value, int precision, bool upper, bool alternate)
    {
        if (IsSpecial(value, out var special))
            return upper ? special.ToUpperInvariant() : special;
        var significant = Math.Max(precision, 1);
        var exponentForm = Exponent(value, significant - 1, upper);
        var exponent = int.Parse(exponentForm.AsSpan(exponentForm.IndexOfAny(['e', 'E']) + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var text = exponent >= -4 && exponent < significant
            ? Fixed(value, significant - 1 - exponent)
            : exponentForm;
        if (alternate)
            return text;
        var e = text.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? text : text[..e];
        if (mantissa.Contains('.'))
            mantissa = mantissa.TrimEnd('0').TrimEnd('.');
        return e < 0 ? mantissa : mantissa + text[e..];
    }

    public static string Integer(long value, int numberBase, bool upper)
    {
        var magnitude = value == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(value);
        var digits = numberBase switch
        {
            16 => magnitude.ToString(upper ? "X" : "x", CultureInfo.InvariantCulture),
            8 => Convert.ToString((long)magnitude, 8),
            2 => Convert.ToString((long)magnitude, 2),
            _ => magnitude.ToString(CultureInfo.InvariantCulture),
        };
        return digits;
    }

    /// <summary>Inserts a thousands separator every three digits of the integer part.</summary>
    public static string Group(string digits, char separator)
    {
        var point = digits.IndexOfAny(['.', 'e', 'E']);
        var integerPart = point < 0 ? digits : digits[..point];
        var sb = new StringBuilder();
        for (var i = 0; i < integerPart.Length; i++)
        {
            if (i > 0 && (integerPart.Length - i) % 3 == 0)
                sb.Append(separator);
            sb.Append(integerPart[i]);
        }
        return point < 0 ? sb.ToString() : sb.Append(digits, point, digits.Length - point).ToString();
    }

    /// <summary>Sign, padding and alignment around a rendered magnitude.</summary>
    public static string Pad(string body, string sign, int width, char align, char fill)
    {
        var length = sign.Length + body.Length;
        if (length >= width)
            return sign + body;
        var padding = width - length;
        return align switch
        {
            '<' => sign + body + new string(fill, padding),
            '^' => new string(fill, padding / 2) + sign + body + new string(fill, padding - padding / 2),
            '=' => sign + new string(fill, padding) + body,
            _ => new string(fill, padding) + sign + body,
        };
    }

    public static string SignOf(bool negative, char signFlag) => negative ? "-" : signFlag switch
    {
        '+' => "+",
        ' ' => " ",
        _ => "",
    };

    private static bool IsSpecial(double value, out string text)
    {
        text = double.IsNaN(value) ? "nan" : double.IsInfinity(value) ? "inf" : "";
        return text.Length > 0;
    }
}
