using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DivPO.Core.Output;
using DivPO.Core.Pipeline;
using Serilog;

namespace DivPO.Cli.Hosting;

/// <summary>The run summary as people read it (stderr) and as pipelines read it (<c>--summary FILE</c>, JSON).</summary>
public sealed record RunReport(
    [property: JsonPropertyName("command")] string Command,
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("output")] string Output,
    [property: JsonPropertyName("options")] IReadOnlyDictionary<string, object?> Options,
    [property: JsonPropertyName("summary")] RunSummary Summary)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Logs the summary and, when a path is given, writes it as JSON.</summary>
    public void Publish(ILogger logger, string? summaryPath)
    {
        Log(logger);
        if (summaryPath is not null)
        {
            WriteJson(summaryPath);
        }
    }

    public void WriteJson(string path)
    {
        using var file = AtomicFile.Create(path);
        JsonSerializer.Serialize(file.Stream, this, Json);
        file.Stream.WriteByte((byte)'\n');
        file.Commit();
    }

    public void Log(ILogger logger)
    {
        var s = Summary;
        if (Command == "score")
        {
            logger.Information("score: {PoolsRead} pools scored and written to {Output} in {Elapsed:0.00} s", s.PoolsRead, Output, s.ElapsedSeconds);
        }
        else
        {
            logger.Information("{Command}: {PoolsRead} pools read, {PairsWritten} pairs written to {Output} in {Elapsed:0.00} s",
                Command, s.PoolsRead, s.PairsWritten, Output, s.ElapsedSeconds);
        }

        logger.Information(
            "records: {RecordsRead} read, {RecordsInPools} in pools, {RecordsRejected} rejected ({Rejections})",
            s.RecordsRead, s.RecordsInPools, s.RecordsRejected.Values.Sum(), Describe(s.RecordsRejected));
        logger.Information(
            "responses: {ResponsesRead} read, {WithoutReward} without a usable reward, {Scored} scored, {Truncated} truncated",
            s.ResponsesRead, s.ResponsesWithoutReward, s.ResponsesScored, s.ResponsesTruncated);
        if (s.PairsWritten > 0)
        {
            logger.Information("chosen set: {Texts} responses, {UniqueWords} distinct words, gzip compression ratio {Ratio}",
                s.ChosenSet.Texts, s.ChosenSet.UniqueWords, s.ChosenSet.CompressionRatio);
        }

        if (s.PoolsSkipped.Count > 0)
        {
            logger.Information("pools without a pair: {PoolsSkipped}", Describe(s.PoolsSkipped));
        }

        if (s.ResponsesGuarded.Count > 0)
        {
            logger.Information("guarded responses (never chosen): {Guarded}", Describe(s.ResponsesGuarded));
        }

        foreach (var (generator, share) in s.Generators.OrderByDescending(g => g.Value.Chosen).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            logger.Information("generator {Generator}: chosen {Chosen} ({ChosenShare:P1}), rejected {Rejected} ({RejectedShare:P1})",
                generator, share.Chosen, Share(share.Chosen, s.PairsWritten), share.Rejected, Share(share.Rejected, s.PairsWritten));
        }
    }

    private static string Describe(SortedDictionary<string, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));

    private static double Share(long part, long whole) => whole == 0 ? 0 : (double)part / whole;
}
