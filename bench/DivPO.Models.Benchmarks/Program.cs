using System.Diagnostics;
using DivPO.Models.Benchmarks;
using DivPO.Models.Inference;
using DivPO.Models.Native;
using DivPO.Tests;
using TorchSharp;
using static TorchSharp.torch;

// Forward-pass throughput of the reward model on the issue-3 synthetic config, the libtorch GEMM ceiling,
// and BF16 vs F32 (speed and error on the tiny fixtures). Usage: dotnet run -c Release [-- --threads N]
var threads = args.Length == 2 && args[0] == "--threads" ? int.Parse(args[1]) : Environment.ProcessorCount;
var checkpoint = SyntheticCheckpoint.Create();
var flopsPerToken = BenchmarkConfig.FlopsPerToken();

// Loading a model first applies the same runtime settings (threads, allocator) the GEMMs then run under.
using (TokenRewardModel.Load(checkpoint, new InferenceSettings { Threads = threads }))
{
    Console.WriteLine($"threads {get_num_threads()}, libtorch backend {(TorchNative.PatchedBackendPath is null ? "as shipped" : "patched: " + TorchNative.PatchedBackendPath)}");
    foreach (var dtype in new[] { ScalarType.Float32, ScalarType.BFloat16 })
        Console.WriteLine($"GEMM {dtype,-8} [2048x512]x[512x1536]: {GemmGflops(dtype, 2048, 512, 1536):F1} GFLOP/s, [1024x1024]^2: {GemmGflops(dtype, 1024, 1024, 1024):F1} GFLOP/s");
}

Console.WriteLine($"model: hidden {BenchmarkConfig.Hidden}, {BenchmarkConfig.Layers} layers, {BenchmarkConfig.Heads}/{BenchmarkConfig.KeyValueHeads} heads, " +
    $"head_dim {BenchmarkConfig.HeadDim}, intermediate {BenchmarkConfig.Intermediate}, sequence {BenchmarkConfig.SequenceLength}: {flopsPerToken / 1e6:F1} MFLOP/token");
foreach (var precision in new[] { ComputePrecision.Float32, ComputePrecision.BFloat16 })
{
    using var model = TokenRewardModel.Load(checkpoint, new InferenceSettings { Threads = threads, Precision = precision });
    foreach (var batch in new[] { 1, 8, 32 })
    {
        var (best, perCpuSecond) = ForwardTokensPerSecond(model, batch);
        Console.WriteLine($"forward {precision,-8} batch {batch,2}: {best,7:F0} tokens/s ({best * flopsPerToken / 1e9:F1} GFLOP/s), {perCpuSecond,6:F0} tokens/CPU-second");
    }
}

foreach (var fixture in new[] { "tiny-qwen3-rm", "tiny-llama3-rm" })
foreach (var precision in new[] { ComputePrecision.Float32, ComputePrecision.BFloat16 })
    Console.WriteLine($"fixture {fixture} {precision}: max |score - reference| = {FixtureError(fixture, precision):E2}");

static double GemmGflops(ScalarType dtype, long m, long k, long n)
{
    using var scope = NewDisposeScope();
    var a = randn(m, k).to(dtype);
    var b = randn(k, n).to(dtype);
    mm(a, b);
    var watch = Stopwatch.StartNew();
    var runs = 0;
    while (watch.Elapsed < TimeSpan.FromSeconds(2) || runs < 3)
    {
        using var product = mm(a, b);
        runs++;
    }
    return 2.0 * m * k * n * runs / watch.Elapsed.TotalSeconds / 1e9;
}

// Several timed passes after one warm-up, each scoring `batch` random full-length sequences. Reports the best
// wall-clock rate (on a shared machine the fastest pass is the least disturbed one) and tokens per CPU-second
// of this process, which other processes barely affect (pytorch_reference.py measures the same two).
static (double Best, double PerCpuSecond) ForwardTokensPerSecond(TokenRewardModel model, int batch)
{
    var random = new Random(batch);
    var sequences = Enumerable.Range(0, batch)
        .Select(_ => (IReadOnlyList<int>)Enumerable.Range(0, BenchmarkConfig.SequenceLength).Select(_ => random.Next(BenchmarkConfig.Vocabulary)).ToArray())
        .ToList();
    model.Score(sequences, batch);
    var rates = new List<double>();
    var total = Stopwatch.StartNew();
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    while (rates.Count < 5 || (rates.Count < 20 && total.Elapsed < TimeSpan.FromSeconds(15)))
    {
        var watch = Stopwatch.StartNew();
        model.Score(sequences, batch);
        rates.Add(batch * BenchmarkConfig.SequenceLength / watch.Elapsed.TotalSeconds);
    }
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    return (rates.Max(), rates.Count * batch * BenchmarkConfig.SequenceLength / cpuSeconds);
}

static double FixtureError(string fixture, ComputePrecision precision)
{
    var directory = RepoPaths.Fixture("models", fixture);
    using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "expected.json")));
    var cases = json.RootElement.GetProperty("cases").EnumerateArray()
        .Select(c => (Ids: (IReadOnlyList<int>)c.GetProperty("ids").EnumerateArray().Select(i => i.GetInt32()).ToArray(), Score: c.GetProperty("score")[0].GetDouble()))
        .ToList();
    using var model = TokenRewardModel.Load(directory, new InferenceSettings { Precision = precision });
    var scores = model.Score(cases.Select(c => c.Ids).ToList(), cases.Count);
    return cases.Zip(scores).Max(pair => Math.Abs(pair.First.Score - pair.Second));
}
