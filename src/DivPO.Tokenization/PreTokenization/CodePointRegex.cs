using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DivPO.Tokenization.PreTokenization;

/// <summary>
/// A regex that sees whole code points, as the Rust (Oniguruma) and JavaScript engines behind Hugging Face
/// tokenizers do. .NET's engine matches UTF-16 units, so a letter outside the BMP (𝐇, 𠀀) is two surrogates that
/// <c>\p{L}</c> does not match, and the pre-tokenizer would split words differently. Text with such characters is
/// matched in a copy where each one is replaced by a BMP stand-in of the same Unicode category, and the matches are
/// mapped back to the original positions.
/// </summary>
internal sealed class CodePointRegex(Regex regex)
{
    private static readonly char[] StandIns = BuildStandIns();

    /// <summary>Appends the non-empty matches in <paramref name="text"/>[start, start+length), in text positions.</summary>
    public void AddMatches(string text, int start, int length, List<Piece> matches)
    {
        ReadOnlySpan<char> span = text.AsSpan(start, length);
        if (span.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            foreach (ValueMatch m in regex.EnumerateMatches(span))
            {
                if (m.Length > 0)
                {
                    matches.Add(new Piece(start + m.Index, m.Length));
                }
            }

            return;
        }

        var substituted = new char[span.Length];
        var origin = new int[span.Length + 1];
        int count = 0;
        for (int i = 0; i < span.Length; count++)
        {
            origin[count] = i;
            if (Rune.DecodeFromUtf16(span[i..], out Rune rune, out int consumed) == System.Buffers.OperationStatus.Done && !rune.IsBmp)
            {
                substituted[count] = StandIns[(int)Rune.GetUnicodeCategory(rune)];
            }
            else
            {
                substituted[count] = span[i];
                consumed = 1;
            }

            i += consumed;
        }

        origin[count] = span.Length;
        foreach (ValueMatch m in regex.EnumerateMatches(substituted.AsSpan(0, count)))
        {
            if (m.Length > 0)
            {
                int from = origin[m.Index];
                matches.Add(new Piece(start + from, origin[m.Index + m.Length] - from));
            }
        }
    }

    /// <summary>For each Unicode category, the first non-ASCII BMP character of it (none stands for an ASCII literal).</summary>
    private static char[] BuildStandIns()
    {
        var standIns = new char[Enum.GetValues<UnicodeCategory>().Length];
        Array.Fill(standIns, '\uFFFD');
        var found = new bool[standIns.Length];
        for (char c = '\u00A0'; c < '\uFFFF'; c++)
        {
            int category = (int)CharUnicodeInfo.GetUnicodeCategory(c);
            if (!found[category] && !char.IsSurrogate(c))
            {
                found[category] = true;
                standIns[category] = c;
            }
        }

        return standIns;
    }
}
