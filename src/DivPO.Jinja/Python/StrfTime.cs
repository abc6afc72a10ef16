using System.Globalization;
using System.Text;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Python;

/// <summary>Python's <c>datetime.strftime</c> directives (C locale), plus glibc's <c>%-d</c> form without padding.</summary>
internal static class StrfTime
{
    public static string Format(DateTime time, string format)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 >= format.Length)
            {
                sb.Append(format[i]);
                continue;
            }
            var unpadded = format[i + 1] == '-' && i + 2 < format.Length;
            if (unpadded)
                i++;
            var directive = format[++i];
            var text = Directive(time, directive);
            sb.Append(unpadded && text.Length > 1 ? text.TrimStart('0', ' ') is { Length: > 0 } trimmed ? trimmed : "0" : text);
        }
        return sb.ToString();
    }

    private static string Directive(DateTime t, char directive)
    {
        var c = CultureInfo.InvariantCulture;
        return directive switch
        {
            'a' => t.ToString("ddd", c),
            'A' => t.ToString("dddd", c),
            'b' or 'h' => t.ToString("MMM", c),
            'B' => t.ToString("MMMM", c),
            'd' => t.ToString("dd", c),
            'e' => t.Day.ToString(c).PadLeft(2),
            'm' => t.ToString("MM", c),
            'y' => t.ToString("yy", c),
            'Y' => t.Year.ToString(c),
            'H' => t.ToString("HH", c),
            'I' => t.ToString("hh", c),
            'p' => t.Hour < 12 ? "AM" : "PM",
            'M' => t.ToString("mm", c),
            'S' => t.ToString("ss", c),
            'f' => (t.Ticks % TimeSpan.TicksPerSecond / 10).ToString("000000", c),
            'j' => t.DayOfYear.ToString("000", c),
            'w' => ((int)t.DayOfWeek).ToString(c),
            'u' => (t.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)t.DayOfWeek).ToString(c),
            'D' => t.ToString("MM/dd/yy", c),
            'F' => t.ToString("yyyy-MM-dd", c),
            'T' => t.ToString("HH:mm:ss", c),
            'R' => t.ToString("HH:mm", c),
            'c' => t.ToString("ddd MMM ", c) + t.Day.ToString(c).PadLeft(2) + t.ToString(" HH:mm:ss yyyy", c),
            'x' => t.ToString("MM/dd/yy", c),
            'X' => t.ToString("HH:mm:ss", c),
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            _ => throw new TemplateError($"unsupported strftime directive '%{directive}'"),
        };
    }
}
