using System.Text;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Csv;

/// <summary>Names the column of a byte of a CSV record: by the header's name, or as <c>column N</c> before there is one.</summary>
internal sealed class CsvColumnLocator(IReadOnlyList<string>? columns) : IFieldLocator
{
    public string? FieldAt(ReadOnlySpan<byte> record, int byteOffset)
    {
        var ranges = CsvScanner.FieldRanges(record);
        var index = ranges.FindIndex(range => byteOffset < range.End.Value);
        return index < 0 ? null : ColumnName(index);
    }

    /// <summary>The column whose raw text (quotes included) is <paramref name="rawField"/>, as CsvHelper reports bad data.</summary>
    public string? FieldWithRawText(ReadOnlySpan<byte> record, string rawField)
    {
        var raw = Encoding.UTF8.GetBytes(rawField);
        var ranges = CsvScanner.FieldRanges(record);
        for (var index = 0; index < ranges.Count; index++)
        {
            if (record[ranges[index]].SequenceEqual(raw))
            {
                return ColumnName(index);
            }
        }

        return null;
    }

    private string ColumnName(int index) => columns is not null && index < columns.Count ? columns[index] : $"column {index + 1}";
}
