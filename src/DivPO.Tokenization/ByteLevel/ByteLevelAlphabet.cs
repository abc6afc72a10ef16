using System.Buffers;
using System.Text;

namespace DivPO.Tokenization.ByteLevel;

/// <summary>
/// GPT-2's reversible byte-to-character table: every UTF-8 byte becomes one printable character, so byte-level
/// vocabularies can be stored as strings (a space is 'Ġ', a newline 'Ċ').
/// </summary>
internal static class ByteLevelAlphabet
{
    private static readonly char[] ByteToChar = BuildByteToChar();
    private static readonly short[] CharToByte = BuildCharToByte();

    /// <summary>Writes the byte-level form of <paramref name="text"/>'s UTF-8 bytes into a pooled buffer.</summary>
    /// <returns>The number of characters written; return <paramref name="buffer"/> to <see cref="ArrayPool{T}.Shared"/>.</returns>
    public static int Encode(ReadOnlySpan<char> text, out char[] buffer)
    {
        buffer = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        byte[] bytes = ArrayPool<byte>.Shared.Rent(buffer.Length);
        int count = Encoding.UTF8.GetBytes(text, bytes);
        for (int i = 0; i < count; i++)
        {
            buffer[i] = ByteToChar[bytes[i]];
        }

        ArrayPool<byte>.Shared.Return(bytes);
        return count;
    }

    /// <summary>Appends the bytes a byte-level token stands for; false when it holds a character outside the table.</summary>
    public static bool TryAppendBytes(string token, List<byte> bytes)
    {
        foreach (char c in token)
        {
            if (c >= CharToByte.Length || CharToByte[c] < 0)
            {
                return false;
            }

            bytes.Add((byte)CharToByte[c]);
        }

        return true;
    }

    private static char[] BuildByteToChar()
    {
        var table = new char[256];
        int next = 256;
        for (int b = 0; b < 256; b++)
        {
            // Printable Latin-1 bytes stand for themselves; the others are shifted past 255 in byte order.
            bool printable = b is >= '!' and <= '~' or >= '¡' and <= '¬' or >= '®' and <= 'ÿ';
            table[b] = printable ? (char)b : (char)next++;
        }

        return table;
    }

    private static short[] BuildCharToByte()
    {
        var table = new short[ByteToChar.Max() + 1];
        Array.Fill(table, (short)-1);
        for (int b = 0; b < 256; b++)
        {
            table[ByteToChar[b]] = (short)b;
        }

        return table;
    }
}
