using System.Globalization;
using System.Text;
using DivPO.Jinja.Runtime;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's <c>str.format</c>: <c>{}</c>, <c>{0}</c>, <c>{name.attr[key]!r:&gt;10.2f}</c> and <c>{{</c>/<c>}}</c>.</summary>
internal static class StrFormat
{
    public static string Format(string format, Arguments arguments)
    {
        var sb = new StringBuilder(format.Length);
        var autoIndex = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                    i++;
                else
                    throw new TemplateError("Single '}' encountered in format string");
                sb.Append('}');
                continue;
            }
            if (c != '{')
            {
                sb.Append(c);
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                sb.Append('{');
                i++;
                continue;
            }
            var close = format.IndexOf('}', i);
            if (close < 0)
                throw new TemplateError("Single '{' encountered in format string");
            sb.Append(FormatField(format[(i + 1)..close], arguments, ref autoIndex));
            i = close;
        }
        return sb.ToString();
    }

    private static string FormatField(string field, Arguments arguments, ref int autoIndex)
    {
        var specStart = field.IndexOf(':');
        var spec = specStart < 0 ? "" : field[(specStart + 1)..];
        var reference = specStart < 0 ? field : field[..specStart];
        var conversion = '\0';
        var bang = reference.IndexOf('!');
        if (bang >= 0)
        {
            conversion = bang + 1 < reference.Length ? reference[bang + 1] : '\0';
            reference = reference[..bang];
        }

        var nameEnd = reference.IndexOfAny(['.', '[']);
        var name = nameEnd < 0 ? reference : reference[..nameEnd];
        var value = ResolveArgument(name, arguments, ref autoIndex);
        value = ResolveAccessors(value, nameEnd < 0 ? "" : reference[nameEnd..]);
        value = conversion switch
        {
            '\0' => value,
            'r' or 'a' => PyRepr.Repr(value),
            's' => PyRepr.Str(value),
            _ => throw new TemplateError($"Unknown conversion specifier {conversion}"),
        };
        return ApplySpec(value, spec);
    }

    private static object? ResolveArgument(string name, Arguments arguments, ref int autoIndex)
    {
        if (name.Length == 0)
            name = (autoIndex++).ToString(CultureInfo.InvariantCulture);
        if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return index < arguments.Positional.Length
                ? arguments.Positional[index]
                : throw new TemplateError($"Replacement index {index} out of range for positional args tuple");
        }
        return arguments.TryGetNamed(name, out var value) ? value : throw new TemplateError($"KeyError: '{name}'");
    }

    private static object? ResolveAccessors(object? value, string accessors)
    {
        var i = 0;
        while (i < accessors.Length)
        {
            if (accessors[i] == '.')
            {
                var end = accessors.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? accessors.Length : end;
                value = ValueAccess.GetAttribute(value, accessors[(i + 1)..end]);
                i = end;
            }
            else
            {
                var end = accessors.IndexOf(']', i);
                if (end < 0)
                    throw new TemplateError("Missing ']' in format string");
                var key = accessors[(i + 1)..end];
                value = ValueAccess.GetItem(value, long.TryParse(key, CultureInfo.InvariantCulture, out var n) ? n : key);
                i = end + 1;
            }
        }
        return value;
    }

    /// <summary>The format-spec mini-language: [[fill]align][sign][#][0][width][,|_][.precision][type].</summary>
    private static string ApplySpec(object? value, string spec)
    {
        if (spec.Length == 0)
            return PyRepr.Str(value);
        var i = 0;
        char fill = ' ', align = '\0', sign = '-', type = '\0', grouping = '\0';
        var alternate = false;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=')
        {
            (fill, align) = (spec[0], spec[1]);
            i = 2;
        }
        else if (spec[0] is '<' or '>' or '^' or '=')
        {
            align = spec[0];
            i = 1;
        }
        if (i < spec.Length && spec[i] is '+' or '-' or ' ')
            sign = spec[i++];
        if (i < spec.Length && spec[i] == '#')
        {
            alternate = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0' && align == '\0')
        {
            (fill, align) = ('0', '=');
            i++;
        }
        var width = ReadNumber(spec, ref i) ?? 0;
        if (i < spec.Length && spec[i] is ',' or '_')
            grouping = spec[i++];
        int? precision = null;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            precision = ReadNumber(spec, ref i) ?? throw new TemplateError("Format specifier missing precision");
        }
        if (i < spec.Length)
            type = spec[i++];
        if (i < spec.Length)
            throw new TemplateError("Invalid format specifier");

        if (value is string s)
        {
            if (type is not ('\0' or 's'))
                throw new TemplateError($"Unknown format code '{type}' for object of type 'str'");
            var text = precision is { } p && p < s.Length ? s[..p] : s;
            return NumberFormat.Pad(text, "", width, align == '\0' ? '<' : align, fill);
        }
        if (!PyNumber.IsNumber(value))
            return NumberFormat.Pad(PyRepr.Str(value), "", width, align == '\0' ? '<' : align, fill);

        var (body, negative) = FormatNumber(value, type, precision, alternate);
        if (grouping != '\0')
            body = NumberFormat.Group(body, grouping);
        return NumberFormat.Pad(body, NumberFormat.SignOf(negative, sign), width, align == '\0' ? '>' : align, fill);
    }

    private static (string Body, bool Negative) FormatNumber(object? value, char type, int? precision, bool alternate)
    {
        if (PyNumber.IsExactInteger(value) && type is '\0' or 'd' or 'n' or 'x' or 'X' or 'o' or 'b' or 'c')
        {
            var integer = PyNumber.ToLong(value);
            if (type == 'c')
                return (char.ConvertFromUtf32((int)integer), false);
            var numberBase = type switch { 'x' or 'X' => 16, 'o' => 8, 'b' => 2, _ => 10 };
            var prefix = alternate ? type switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", 'b' => "0b", _ => "" } : "";
            return (prefix + NumberFormat.Integer(integer, numberBase, type == 'X'), integer < 0);
        }
        var real = PyNumber.ToDouble(value);
        var negative = double.IsNegative(real) && !double.IsNaN(real);
        var body = type switch
        {
            'f' or 'F' => NumberFormat.Fixed(real, precision ?? 6),
            'e' or 'E' => NumberFormat.Exponent(real, precision ?? 6, type == 'E'),
            'g' or 'G' => NumberFormat.General(real, precision ?? 6, type == 'G', alternate),
            '%' => NumberFormat.Fixed(real * 100, precision ?? 6) + "%",
            '\0' when precision is { } p => NumberFormat.General(real, p, upper: false, alternate),
            '\0' => PyFloat.Repr(Math.Abs(real)),
            _ => throw new TemplateError($"Unknown format code '{type}' for object of type '{PyTypes.NameOf(value)}'"),
        };
        return (type == 'F' ? body.ToUpperInvariant() : body, negative);
    }

    private static int? ReadNumber(string spec, ref int i)
    {
        var start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i]))
            i++;
        return i > start ? int.Parse(spec.AsSpan(start, i - start), provider: CultureInfo.InvariantCulture) : null;
    }
}
