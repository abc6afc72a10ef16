using System.Buffers;
using System.Text;

namespace DivPO.Core.Input;

/// <summary>Replacements in a record's bytes, applied in one pass so that every byte outside them is written as it was.</summary>
internal sealed class RecordSplice
{
    private readonly List<(int Start, int End, string Text)> _edits = [];

    public void Replace(Range range, string text) => _edits.Add((range.Start.Value, range.End.Value, text));

    public void Insert(int at, string text) => _edits.Add((at, at, text));

    public void WriteTo(ReadOnlySpan<byte> record, IBufferWriter<byte> output)
    {
        var position = 0;
        foreach (var (start, end, text) in _edits.OrderBy(edit => edit.Start))
        {
            output.Write(record[position..start]);
            Encoding.UTF8.GetBytes(text, output);
            position = end;
        }

        output.Write(record[position..]);
    }
}
