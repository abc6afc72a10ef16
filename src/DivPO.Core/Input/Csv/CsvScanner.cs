namespace DivPO.Core.Input.Csv;

/// <summary>
/// Finds where RFC 4180 fields and records end in UTF-8 bytes, without decoding them. A quote opens a quoted
/// field only at the start of a field, as in CsvHelper; inside one, <c>""</c> is a literal quote and commas and
/// newlines are data. The state carries over between calls so that a record can straddle read buffers.
/// </summary>
internal struct CsvScanner
{
    private State _state;

    private enum State : byte
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>
    /// The index in <paramref name="data"/> of the next comma or newline that ends a field, or -1 when
    /// <paramref name="data"/> ends first. <paramref name="isRecordEnd"/> tells a newline from a comma.
    /// </summary>
    public int NextBoundary(ReadOnlySpan<byte> data, out bool isRecordEnd)
    {
        isRecordEnd = false;
        var i = 0;
        while (i < data.Length)
        {
            switch (_state)
            {
                case State.FieldStart when data[i] == (byte)'"':
                    _state = State.Quoted;
                    i++;
                    break;
                case State.FieldStart or State.Unquoted:
                    var end = data[i..].IndexOfAny((byte)',', (byte)'\n');
                    if (end < 0)
                    {
                        _state = State.Unquoted;
                        return -1;
                    }

                    _state = State.FieldStart;
                    isRecordEnd = data[i + end] == (byte)'\n';
                    return i + end;
                case State.Quoted:
                    var quote = data[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        return -1;
                    }

                    _state = State.QuoteInQuoted;
                    i += quote + 1;
                    break;
                case State.QuoteInQuoted when data[i] == (byte)'"':
                    _state = State.Quoted;
                    i++;
                    break;
                case State.QuoteInQuoted:
                    // The quote closed the field; anything before the next comma still belongs to it (bad data
                    // that CsvHelper reports).
                    _state = State.Unquoted;
                    break;
            }
        }

        return -1;
    }

    /// <summary>The byte ranges of the fields of one complete record (without its line terminator).</summary>
    public static List<Range> FieldRanges(ReadOnlySpan<byte> record)
    {
        var ranges = new List<Range>();
        var scanner = new CsvScanner();
        var start = 0;
        while (true)
        {
            var boundary = scanner.NextBoundary(record[start..], out _);
            if (boundary < 0)
            {
                ranges.Add(start..record.Length);
                return ranges;
            }

            ranges.Add(start..(start + boundary));
            start += boundary + 1;
        }
    }
}
