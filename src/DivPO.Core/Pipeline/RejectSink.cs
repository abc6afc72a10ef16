using System.Text;
using DivPO.Core.Input;
using DivPO.Core.Pools;

namespace DivPO.Core.Pipeline;

/// <summary>
/// Where bad records go: under <see cref="ErrorPolicy.Fail"/> the first one stops the run; under
/// <see cref="ErrorPolicy.Skip"/> each is counted by reason and written untouched to the rejects stream.
/// </summary>
internal sealed class RejectSink(ErrorPolicy policy, Stream? rejects, RunSummary summary)
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public void Reject(InputRejection rejection)
    {
        var reason = Kebab.Name(rejection.Reason);
        ThrowUnlessSkipping(rejection.Location, reason, rejection.ToString());
        RunSummary.Increment(summary.RecordsRejected, reason);
        Write(rejection.Raw.Span);
    }

    /// <summary>A pool read fine but not processable as asked: all its records are rejected.</summary>
    public void Reject(Pool pool, PoolDataException error)
    {
        const string reason = "unprocessable-pool";
        ThrowUnlessSkipping(error.Location, reason, error.Message);
        RunSummary.Increment(summary.RecordsRejected, reason, pool.Records.Count);
        RunSummary.Increment(summary.PoolsSkipped, "bad-record");
        foreach (var record in pool.Records)
        {
            Write(Encoding.UTF8.GetBytes(record.Raw));
        }
    }

    private void ThrowUnlessSkipping(SourceLocation location, string reason, string message)
    {
        if (policy == ErrorPolicy.Fail)
        {
            throw new InputDataException(location, reason, message);
        }
    }

    private void Write(ReadOnlySpan<byte> record)
    {
        rejects?.Write(record);
        rejects?.Write(NewLine);
    }
}
