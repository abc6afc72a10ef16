using System.Collections.Concurrent;

namespace DivPO.Tokenization.Tests;

/// <summary>Each fixture directory's tokenizer and renderer loaded once for all tests (a 150k vocabulary takes a moment).</summary>
internal static class Tokenizers
{
    private static readonly ConcurrentDictionary<string, Lazy<HfTokenizer>> LoadedTokenizers = new();
    private static readonly ConcurrentDictionary<string, Lazy<ChatRenderer>> LoadedRenderers = new();

    /// <summary>The tokenizer of ../shared/fixtures/tokenizers/<paramref name="name"/>.</summary>
    public static HfTokenizer Get(string name) => Load(ReferenceCases.Directory(name));

    public static HfTokenizer Load(string directory) =>
        LoadedTokenizers.GetOrAdd(directory, d => new Lazy<HfTokenizer>(() => HfTokenizer.FromDirectory(d))).Value;

    public static ChatRenderer Renderer(string directory) =>
        LoadedRenderers.GetOrAdd(directory, d => new Lazy<ChatRenderer>(() => ChatRenderer.FromDirectory(d))).Value;
}
