using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DivPO.Core.Statistics;
using DivPO.Tests;

namespace DivPO.Core.Tests.Statistics;

public sealed class TextSetDiversityTests
{
    [Fact]
    public void Counts_distinct_words_across_texts()
    {
        using var set = new TextSetDiversity();
        set.Add("The cat sat.");
        set.Add("the CAT ran");

        Assert.Equal(2, set.Texts);
        Assert.Equal(4, set.UniqueWords);
    }

    [Fact]
    public void Repetitive_sets_compress_better_than_varied_ones()
    {
        using var repetitive = new TextSetDiversity();
        using var varied = new TextSetDiversity();
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            repetitive.Add("} } } } verify }:param } } } withObject");
            varied.Add(string.Join(' ', Enumerable.Range(0, 8).Select(_ => random.Next(100_000).ToString("x"))));
        }

        Assert.True(repetitive.CompressionRatio > 10 * varied.CompressionRatio, $"{repetitive.CompressionRatio} vs {varied.CompressionRatio}");
        Assert.True(varied.CompressionRatio > 1);
    }

    [Fact]
    public void An_empty_set_has_no_ratio()
    {
        using var set = new TextSetDiversity();

        Assert.Equal(0, set.CompressionRatio);
    }

    [Fact]
    public void The_ratio_is_that_of_gzip_over_the_texts_written_one_at_a_time()
    {
        // The set compresses on a thread of its own, in batches; the deflate output depends on how input is
        // split into writes, so it must still come out as if each text were written on its own.
        var texts = File.ReadLines(RepoPaths.Dataset("alpacaeval-pools.jsonl")).Take(300)
            .SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("responses").EnumerateArray())
            .Select(response => response.GetProperty("text").GetString()!)
            .ToList();
        using var set = new TextSetDiversity();
        var compressed = new MemoryStream();
        long raw = 0;
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (var text in texts)
            {
                set.Add(text);
                var bytes = Encoding.UTF8.GetBytes(text + "\n");
                raw += bytes.Length;
                gzip.Write(bytes);
            }
        }

        Assert.Equal(Math.Round((double)raw / compressed.Length, 4), set.CompressionRatio);
    }
}
