using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DivPO.Tests;
using DivPO.Tokenization;

namespace DivPO.Benchmarks.Tokenization;

/// <summary>
/// Encoding throughput on one thread (so MB/s per core) over the real prompts and responses of
/// ../shared/datasets/alpacaeval-pools.jsonl, for the Qwen 3 and Llama 3 fixture tokenizers. The first pass pays
/// for JIT compilation and fills the per-piece cache; the steady figure is the median of the passes after it.
/// </summary>
internal static class TokenizationThroughput
{
    private const int Passes = 5;

    public static void Run(TextWriter output)
    {
        string[] texts = ReadTexts(RepoPaths.Dataset("alpacaeval-pools.jsonl"));
        double megabytes = texts.Sum(t => Encoding.UTF8.GetByteCount(t)) / 1e6;
        output.WriteLine($"tokenization: {texts.Length} texts, {megabytes:F1} MB of UTF-8, one thread");
        foreach (string name in new[] { "qwen3", "llama3" })
        {
            HfTokenizer tokenizer = HfTokenizer.FromDirectory(RepoPaths.Fixture("tokenizers", name));
            (double firstSeconds, long tokens) = Time(tokenizer, texts);
            double[] steady = [.. Enumerable.Range(0, Passes).Select(_ => Time(tokenizer, texts).Seconds).Order()];
            double median = steady[Passes / 2];
            output.WriteLine(
                $"  {name,-7} first pass {megabytes / firstSeconds,6:F1} MB/s | steady {megabytes / median,6:F1} MB/s, " +
                $"{tokens / median / 1e6:F2} M tokens/s ({tokens} tokens)");
        }
    }

    private static (double Seconds, long Tokens) Time(HfTokenizer tokenizer, string[] texts)
    {
        var watch = Stopwatch.StartNew();
        long tokens = 0;
        foreach (string text in texts)
        {
            tokens += tokenizer.Encode(text).Count;
        }

        return (watch.Elapsed.TotalSeconds, tokens);
    }

    /// <summary>Every prompt and response text of a pools file.</summary>
    private static string[] ReadTexts(string path) =>
    [
        .. File.ReadLines(path).SelectMany(line =>
        {
            using JsonDocument pool = JsonDocument.Parse(line);
            JsonElement root = pool.RootElement;
            return root.GetProperty("responses").EnumerateArray()
                .Select(r => r.GetProperty("text").GetString()!)
                .Prepend(root.GetProperty("prompt").GetString()!)
                .ToList();
        }),
    ];
}
