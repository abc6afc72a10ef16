using DivPO.Models.Inference;

namespace DivPO.Models.Tests.Inference;

public sealed class PaddedBatchTests
{
    [Fact]
    public void Groups_longest_first_and_pads_on_the_right()
    {
        IReadOnlyList<IReadOnlyList<int>> sequences = [[1], [2, 3, 4], [5, 6], [7, 8, 9]];

        var batches = PaddedBatch.Plan(sequences, batchSize: 2).ToList();

        Assert.Equal(2, batches.Count);
        Assert.Equal([1, 3], batches[0].Members);
        Assert.Equal(3, batches[0].Length);
        Assert.Equal([2L, 3, 4, 7, 8, 9], batches[0].Ids);
        Assert.Equal([2, 0], batches[1].Members);
        Assert.Equal([5L, 6, 1, 0], batches[1].Ids);
    }

    [Fact]
    public void Covers_every_sequence_exactly_once()
    {
        var sequences = Enumerable.Range(1, 23).Select(n => (IReadOnlyList<int>)Enumerable.Repeat(n, n % 7 + 1).ToList()).ToList();

        var members = PaddedBatch.Plan(sequences, batchSize: 5).SelectMany(b => b.Members).Order();

        Assert.Equal(Enumerable.Range(0, 23), members);
    }
}
