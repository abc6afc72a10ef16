using System.Threading.Channels;

namespace DivPO.Core.Pipeline;

/// <summary>
/// Runs a transform over a stream on several threads while handing results to a single consumer in input
/// order, so output bytes never depend on scheduling. The bounded channel keeps memory to a window of items.
/// </summary>
public static class OrderedParallel
{
    public static async Task RunAsync<TIn, TOut>(
        IAsyncEnumerable<TIn> source,
        Func<TIn, CancellationToken, Task<TOut>> transform,
        Func<TOut, ValueTask> consume,
        int degreeOfParallelism,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var window = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(degreeOfParallelism * 4)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var slots = new SemaphoreSlim(degreeOfParallelism);

        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(linked.Token))
                {
                    await slots.WaitAsync(linked.Token);
                    var work = Task.Run(async () =>
                    {
                        try
                        {
                            return await transform(item, linked.Token);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, linked.Token);
                    await window.Writer.WriteAsync(work, linked.Token);
                }

                window.Writer.Complete();
            }
            catch (Exception e)
            {
                window.Writer.Complete(e);
            }
        }, linked.Token);

        try
        {
            await foreach (var work in window.Reader.ReadAllAsync(linked.Token))
            {
                await consume(await work);
            }

            await producer;
        }
        catch
        {
            // Stop the reader and the workers before the caller discards the output.
            await linked.CancelAsync();
            await Task.WhenAny(producer);
            throw;
        }
    }
}
