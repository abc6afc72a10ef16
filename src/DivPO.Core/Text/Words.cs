using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DivPO.Core.Text;

/// <summary>
/// Words as diversity and guards count them: maximal runs of characters matching <c>\w</c> with .NET's meaning
/// (Unicode letters, nonspacing marks, decimal digits, connector punctuation), lower-cased with the invariant
/// culture. A hand-written scanner rather than Regex or Microsoft.ML.Tokenizers' RegexPreTokenizer, which
/// allocate per match: diversity and guards read the words of every response, several times over, and that
/// must not cost more than parsing the responses did.
/// Tests check it against <c>Regex("\w+")</c>.
/// </summary>
public static class Words
{
    /// <summary>Scratch space that holds any word of up to this many characters without allocating.</summary>
    public const int ScratchLength = 256;

    // Per character: 0 until looked up, then its invariant lower case + 1.
    private static readonly int[] LowerCases = new int[char.MaxValue + 1];

    /// <summary>Whether <paramref name="c"/> matches .NET's <c>\w</c>.</summary>
    public static bool IsWordCharacter(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation => true,
            _ => false,
        };
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/>, remembered per character: outside ASCII each call goes into ICU,
    /// which cost more than everything else done with a text, while the same few characters recur.
    /// </summary>
    public static char ToLowerInvariant(char c)
    {
        if (c < 128)
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        // Threads may look a character up at the same time; they store the same value, in one write.
        var known = LowerCases[c];
        if (known == 0)
        {
            known = char.ToLowerInvariant(c) + 1;
            LowerCases[c] = known;
        }

        return (char)(known - 1);
    }

    /// <summary>
    /// The lower-cased words of <paramref name="text"/>, in order, repeats included. Words that need lower-casing
    /// are written to <paramref name="scratch"/> (longer ones to a new array), so each word is only valid until
    /// the next one is read.
    /// </summary>
    public static Enumerator In(ReadOnlySpan<char> text, Span<char> scratch) => new(text, scratch);

    /// <summary>The lower-cased words of a text, in order, repeats included.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        foreach (var word in In(text, stackalloc char[ScratchLength]))
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>How many characters of the text belong to words.</summary>
    public static int CharacterCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Walks the words of a text; see <see cref="In"/>.</summary>
    /// <remarks>
    /// The text is classified 64 characters at a time into bit masks (word characters, and those of them that
    /// lower-casing may change), and words are found with bit scans. A loop over characters mispredicts a branch at
    /// both ends of every word, which cost more than everything else done with the word.
    /// </remarks>
    public ref struct Enumerator(ReadOnlySpan<char> text, Span<char> scratch)
    {
        private const int BlockLength = 64;

        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<char> _scratch = scratch;
        private int _block = -BlockLength;

        // Bits of the current block's characters: word characters not yet returned, and word characters that
        // lower-casing may change (ASCII capitals, anything outside ASCII).
        private ulong _words;
        private ulong _cased;

        public ReadOnlySpan<char> Current { get; private set; }

        /// <summary>Where <see cref="Current"/> starts in the text (it has the same length there).</summary>
        public int Start { get; private set; }

        public readonly Enumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_words == 0)
            {
                _block += BlockLength;
                if (_block >= _text.Length)
                {
                    return false;
                }

                Classify();
            }

            var first = BitOperations.TrailingZeroCount(_words);
            var start = _block + first;
            var cased = false;
            int end;
            while (true)
            {
                // The word ends at the first non-word character from `first` on, possibly in a later block.
                var after = ~_words & (ulong.MaxValue << first);
                var run = after == 0 ? _words : _words & ((1UL << BitOperations.TrailingZeroCount(after)) - 1);
                cased |= (_cased & run) != 0;
                _words &= ~run;
                if (after != 0)
                {
                    end = _block + BitOperations.TrailingZeroCount(after);
                    break;
                }

                _block += BlockLength;
                if (_block >= _text.Length)
                {
                    end = _text.Length;
                    break;
                }

                Classify();
                if ((_words & 1) == 0)
                {
                    end = _block;
                    break;
                }

                first = 0;
            }

            Start = start;
            Current = cased ? Lowered(_text[start..end]) : _text[start..end];
            return true;
        }

        /// <summary>A lower-cased copy of the word, as the invariant culture lowers it.</summary>
        private readonly ReadOnlySpan<char> Lowered(ReadOnlySpan<char> word)
        {
            // Character by character is what lowering the whole word would do: words hold no surrogates.
            var lower = word.Length <= _scratch.Length ? _scratch[..word.Length] : new char[word.Length];
            for (var i = 0; i < word.Length; i++)
            {
                lower[i] = ToLowerInvariant(word[i]);
            }

            return lower;
        }

        private void Classify()
        {
            var block = _text.Slice(_block, Math.Min(BlockLength, _text.Length - _block));
            var (words, capitals, nonAscii) = (0UL, 0UL, 0UL);
            var i = 0;
            if (Vector128.IsHardwareAccelerated)
            {
                ref var chars = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(block));
                for (; i + Vector128<ushort>.Count <= block.Length; i += Vector128<ushort>.Count)
                {
                    var c = Vector128.LoadUnsafe(ref chars, (nuint)i);
                    var capital = InRange(c, 'A', 'Z');
                    var word = capital | InRange(c, 'a', 'z') | InRange(c, '0', '9') | Vector128.Equals(c, Vector128.Create((ushort)'_'));
                    words |= (ulong)word.ExtractMostSignificantBits() << i;
                    capitals |= (ulong)capital.ExtractMostSignificantBits() << i;
                    nonAscii |= (ulong)Vector128.GreaterThan(c, Vector128.Create((ushort)127)).ExtractMostSignificantBits() << i;
                }
            }

            for (; i < block.Length; i++)
            {
                var c = block[i];
                var bit = 1UL << i;
                words |= char.IsAsciiLetterOrDigit(c) || c == '_' ? bit : 0;
                capitals |= char.IsAsciiLetterUpper(c) ? bit : 0;
                nonAscii |= c >= 128 ? bit : 0;
            }

            var others = 0UL;
            for (; nonAscii != 0; nonAscii &= nonAscii - 1)
            {
                var at = BitOperations.TrailingZeroCount(nonAscii);
                others |= IsWordCharacter(block[at]) ? 1UL << at : 0;
            }

            (_words, _cased) = (words | others, capitals | others);
        }

        private static Vector128<ushort> InRange(Vector128<ushort> c, char first, char last) =>
            Vector128.LessThanOrEqual(c - Vector128.Create((ushort)first), Vector128.Create((ushort)(last - first)));
    }
}
