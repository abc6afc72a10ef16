using System.Text;

namespace DivPO.Core.Pipeline;

/// <summary>Enum names as written in summaries, options and outputs: <c>TooFewResponses</c> → <c>too-few-responses</c>.</summary>
public static class Kebab
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && !char.IsUpper(name[i - 1]))
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(name[i]));
        }

        return kebab.ToString();
    }
}
