using TorchSharp;
using static TorchSharp.torch;

namespace DivPO.Models.Inference;

/// <summary>
/// The inference loop both model heads share: length-sorted padded batches, each run in its own dispose
/// scope and in inference mode, so that nothing but the model outlives a batch.
/// </summary>
internal static class BatchedForward
{
    /// <summary>
    /// Calls <paramref name="forward"/> with each batch and its [count, length] id tensor on <paramref name="device"/>.
    /// Every tensor it creates is freed when it returns; it must copy what it keeps into managed memory.
    /// </summary>
    public static void Run(IReadOnlyList<IReadOnlyList<int>> sequences, int batchSize, Device device, CancellationToken cancellationToken,
        Action<PaddedBatch, Tensor> forward)
    {
        foreach (var batch in PaddedBatch.Plan(sequences, batchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            forward(batch, tensor(batch.Ids, [batch.Count, batch.Length], ScalarType.Int64, device));
        }
    }
}
