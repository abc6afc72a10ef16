using System.Buffers;
using System.Text;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Csv;

/// <summary>
/// Writes CSV back with rewards set and every other byte as it was: the reward cell of each row is replaced,
/// or, when the header has no reward column, one is appended to the header and to every row.
/// </summary>
internal sealed class CsvRewardSplicer(CsvHeader header, FieldName rewardField)
{
    private readonly int _rewardColumn = header.IndexOf(rewardField.Name);

    public void WriteHeader(IBufferWriter<byte> output)
    {
        Encoding.UTF8.GetBytes(header.Raw, output);
        if (_rewardColumn < 0)
        {
            Encoding.UTF8.GetBytes("," + Quoted(rewardField.Name), output);
        }
    }

    public void WriteRow(ReadOnlySpan<byte> record, Response response, IBufferWriter<byte> output)
    {
        var splice = new RecordSplice();
        var reward = RewardText.Csv(response.Reward);
        if (_rewardColumn < 0)
        {
            splice.Insert(record.Length, "," + reward);
        }
        else if (CsvScanner.FieldRanges(record)[_rewardColumn] is var cell && !RewardText.CsvHolds(record[cell], response.Reward))
        {
            splice.Replace(cell, reward);
        }

        splice.WriteTo(record, output);
    }

    /// <summary>A header cell as RFC 4180 needs it: quoted when it holds a comma, quote or line break.</summary>
    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
