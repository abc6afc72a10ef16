using System.Diagnostics;
using DivPO.Models.Inference;
using DivPO.Models.Tests.Support;
using TorchSharp;

namespace DivPO.Models.Tests.Inference;

/// <summary>Tests that read process-wide memory, so nothing else may run beside them.</summary>
[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
[Collection(nameof(MemoryTests))]
public sealed class MemoryTests
{
    [Fact]
    public void Many_batches_leave_no_tensors_and_no_memory_behind()
    {
        var sequences = ModelFixture.Cases("tiny-qwen3-rm").Select(c => (IReadOnlyList<int>)c.Ids).ToList();
        using var model = TokenRewardModel.Load(ModelFixture.Directory("tiny-qwen3-rm"), new InferenceSettings());
        model.Score(sequences, 2);
        var liveTensors = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        var resident = ResidentBytes();

        for (var round = 0; round < 150; round++)
            model.Score(sequences, 2);

        Assert.Equal(liveTensors, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        Assert.InRange(ResidentBytes() - resident, long.MinValue, 64L << 20);
    }

    private static long ResidentBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
