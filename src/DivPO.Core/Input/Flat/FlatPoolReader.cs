using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Flat;

/// <summary>
/// Groups a flat input (one response per record) into pools by group id (the prompt id, or one derived from
/// the prompt), whether a group's records are consecutive or not, in bounded memory: a first pass counts the
/// valid records of each group, keyed by a 64-bit hash of the id; the second pass holds a group's rows only
/// until its last record has been read, then yields the pool. Pools therefore come out in the order their last
/// records appear, which for consecutive groups is the order of first appearance. Should two ids share a hash,
/// both groups complete together when the last record of either has been read, still deterministically.
/// Rejections are yielded where their records are, in the second pass.
/// </summary>
internal sealed class FlatPoolReader(InputSource source, IFlatFormat format, InputFields fields, int maxRecordBytes)
{
    public async IAsyncEnumerable<PoolReadItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var remaining = await CountRecordsPerGroupAsync(cancellationToken);
        using var records = new RecordReader(source.Open(), format.Syntax, maxRecordBytes);
        var (parser, headerProblem) = await OpenParserAsync(records, cancellationToken);
        if (parser is null)
        {
            if (headerProblem is not null)
            {
                yield return Rejected(headerProblem, records.Current);
            }

            yield break;
        }

        var pending = new PendingGroups(parser.Layout);
        while (await records.ReadAsync(cancellationToken))
        {
            var row = TryParse(parser, records.Current, out var problem);
            if (row is null)
            {
                yield return Rejected(problem!, records.Current);
                continue;
            }

            var hash = GroupHash(row.GroupId);
            if (pending.LineOfDifferentPrompt(row, hash) is { } line)
            {
                yield return Rejected(new RecordRejectedException(RejectReason.InvalidField, fields.Prompt.Name, $"the prompt differs from the one on line {line} with the same prompt id '{row.GroupId}'"), records.Current);
            }
            else
            {
                pending.Add(row, hash);
            }

            // A group the first pass did not count (the input changed since) never reaches 0; it is completed at the end.
            if (--CollectionsMarshal.GetValueRefOrAddDefault(remaining, hash, out _) == 0)
            {
                foreach (var pool in pending.Complete(hash))
                {
                    yield return new PoolReadItem.PoolRead(pool);
                }
            }
        }

        // Groups are left over only when the input changed between the passes.
        foreach (var pool in pending.CompleteAll())
        {
            yield return new PoolReadItem.PoolRead(pool);
        }
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: deterministic across runs, unlike string.GetHashCode.</summary>
    private static ulong GroupHash(string groupId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in groupId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static FlatRow? TryParse(IFlatRecordParser parser, InputRecord record, out RecordRejectedException? problem)
    {
        try
        {
            problem = null;
            return parser.Parse(record);
        }
        catch (RecordRejectedException e)
        {
            problem = e;
            return null;
        }
    }

    private PoolReadItem.Rejected Rejected(RecordRejectedException problem, InputRecord record) => new(InputRejection.For(problem, record, source.Name));

    private async Task<Dictionary<ulong, int>> CountRecordsPerGroupAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<ulong, int>();
        using var records = new RecordReader(source.Open(), format.Syntax, maxRecordBytes);
        var (parser, _) = await OpenParserAsync(records, cancellationToken);
        while (parser is not null && await records.ReadAsync(cancellationToken))
        {
            if (TryParse(parser, records.Current, out _) is { } row)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, GroupHash(row.GroupId), out _)++;
            }
        }

        return counts;
    }

    /// <summary>The parser for the records after the header, if the format has one; null for an empty input or a bad header.</summary>
    private async Task<(IFlatRecordParser? Parser, RecordRejectedException? HeaderProblem)> OpenParserAsync(RecordReader records, CancellationToken cancellationToken)
    {
        if (!format.HasHeader)
        {
            return (format.CreateParser(null), null);
        }

        if (!await records.ReadAsync(cancellationToken))
        {
            return (null, null);
        }

        try
        {
            return (format.CreateParser(records.Current), null);
        }
        catch (RecordRejectedException e)
        {
            return (null, e);
        }
    }
}
