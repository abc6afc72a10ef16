using System.Buffers;
using System.Text;
using DivPO.Core.Input.Csv;
using DivPO.Core.Input.Json;
using DivPO.Core.Pools;

namespace DivPO.Core.Input;

/// <summary>
/// Writes pools back in the layout <see cref="PoolReader"/> read them in, with the reward of every response set
/// from <see cref="Response.Reward"/> (null writes JSON <c>null</c> or an empty CSV cell) and every other byte of
/// their records as it was, for <c>divpo score</c>. Rewards go where the reader takes them from, under the
/// mapped reward field name: a grouped record's response objects, or its <c>rewards</c> list for string
/// responses (added when missing); a flat record's reward field; a CSV row's reward cell (the column is appended
/// when the header has none). Records are written pool by pool in the order given, each ending in <c>\n</c>
/// whatever the input used; for flat input a pool's records are therefore together even if they were not. A CSV
/// header is written before the first pool's records. The same pools always give the same bytes.
/// </summary>
public sealed class PoolRewriter(Stream output)
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private byte[] _record = [];
    private Target? _target;

    /// <summary>Writes the records of <paramref name="pool"/>, which must come from the same read as the pools before it.</summary>
    public async ValueTask WriteAsync(Pool pool, CancellationToken cancellationToken = default)
    {
        var layout = pool.Layout ?? throw new ArgumentException("only pools read by PoolReader can be written back", nameof(pool));
        var target = _target ??= Start(layout);
        if (layout != target.Layout)
        {
            throw new ArgumentException("the pool was read from another input than the pools before it", nameof(pool));
        }

        if (layout.Format == InputFormat.GroupedJsonl)
        {
            JsonRewardSplicer.WriteGrouped(Encode(pool.Records.Single()), pool.Responses, target.RewardField, _buffer);
            _buffer.Write("\n"u8);
        }
        else
        {
            WriteFlat(pool, target);
        }

        await output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
        _buffer.ResetWrittenCount();
    }

    private Target Start(InputLayout layout)
    {
        var rewardField = new InputFields(layout.Fields).Reward;
        var csv = layout.Header is { } header ? new CsvRewardSplicer(header, rewardField) : null;
        if (csv is not null)
        {
            csv.WriteHeader(_buffer);
            _buffer.Write("\n"u8);
        }

        return new Target(layout, rewardField, csv);
    }

    private void WriteFlat(Pool pool, Target target)
    {
        if (pool.Records.Count != pool.Responses.Count)
        {
            throw new ArgumentException($"a flat pool needs one record per response, found {pool.Records.Count} for {pool.Responses.Count}", nameof(pool));
        }

        for (var index = 0; index < pool.Records.Count; index++)
        {
            var record = Encode(pool.Records[index]);
            if (target.Csv is { } csv)
            {
                csv.WriteRow(record, pool.Responses[index], _buffer);
            }
            else
            {
                JsonRewardSplicer.WriteFlat(record, pool.Responses[index], target.RewardField, _buffer);
            }

            _buffer.Write("\n"u8);
        }
    }

    /// <summary>The record's UTF-8 bytes, in a buffer reused for the next record.</summary>
    private ReadOnlySpan<byte> Encode(SourceRecord record)
    {
        var length = Encoding.UTF8.GetByteCount(record.Raw);
        if (_record.Length < length)
        {
            _record = new byte[length];
        }

        return _record.AsSpan(0, Encoding.UTF8.GetBytes(record.Raw, _record));
    }

    /// <summary>What the first pool fixed: the input's layout, and how rewards are written into it.</summary>
    private sealed record Target(InputLayout Layout, FieldName RewardField, CsvRewardSplicer? Csv);
}
