using DivPO.Core.Input;

namespace DivPO.Core.Pools;

/// <summary>All sampled responses to one prompt: the unit DivPO selects pairs from.</summary>
public sealed class Pool
{
    /// <summary>Position of the pool in input order (0-based); outputs follow it.</summary>
    public required long Ordinal { get; init; }

    public required string PromptId { get; init; }

    public required Prompt Prompt { get; init; }

    public required IReadOnlyList<Response> Responses { get; init; }

    /// <summary>Where the pool starts in the input.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>
    /// The input records the pool was read from, verbatim, so that <c>divpo score</c> can write them back
    /// with rewards filled in and nothing else touched. Grouped input: one record whose <c>responses</c> are
    /// <see cref="Responses"/> in order; flat input and CSV: <c>Records[i]</c> holds <c>Responses[i]</c>.
    /// </summary>
    public required IReadOnlyList<SourceRecord> Records { get; init; }

    /// <summary>How <see cref="Records"/> are laid out, for writing them back; null for a pool not read from an input.</summary>
    public InputLayout? Layout { get; init; }
}

/// <summary>One input record as read: the raw text (without line terminator) and its 1-based line (a CSV record's first line).</summary>
public sealed record SourceRecord(long Line, string Raw);
