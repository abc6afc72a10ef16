namespace DivPO.Models.Inference;

/// <summary>
/// Sequences of similar length, right-padded into one [count, length] id matrix. Right padding keeps
/// every real token at the position it has unbatched, and causal attention keeps it from seeing the
/// pads, so batched results equal unbatched ones.
/// </summary>
internal sealed record PaddedBatch(int[] Members, long[] Ids, int Length)
{
    /// <summary>Pads carry id 0: causality means no real token ever attends to them.</summary>
    private const long PadId = 0;

    public int Count => Members.Length;

    /// <summary>Splits <paramref name="sequences"/> into batches of at most <paramref name="batchSize"/>, longest first.</summary>
    public static IEnumerable<PaddedBatch> Plan(IReadOnlyList<IReadOnlyList<int>> sequences, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var order = Enumerable.Range(0, sequences.Count).OrderByDescending(i => sequences[i].Count).ToArray();
        foreach (var members in order.Chunk(batchSize))
        {
            var length = sequences[members[0]].Count;
            var ids = new long[members.Length * length];
            Array.Fill(ids, PadId);
            for (var row = 0; row < members.Length; row++)
            {
                var sequence = sequences[members[row]];
                for (var t = 0; t < sequence.Count; t++)
                    ids[row * length + t] = sequence[t];
            }
            yield return new PaddedBatch(members, ids, length);
        }
    }
}
