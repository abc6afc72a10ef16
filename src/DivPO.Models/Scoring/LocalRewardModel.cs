using System.Security.Cryptography;
using DivPO.Core.Pools;
using DivPO.Core.Scoring;
using DivPO.Models.Checkpoints;
using DivPO.Models.Inference;
using DivPO.Tokenization;

namespace DivPO.Models.Scoring;

/// <summary>
/// Scores responses with a Hugging Face reward model checkpoint, as <c>AutoModelForSequenceClassification</c>
/// would: the prompt's messages plus the response as an assistant turn, rendered by the model's chat template
/// without a generation prompt, tokenized without adding special tokens, scored at the last non-pad token.
/// Calls are serialised; each computes synchronously on the calling thread.
/// </summary>
public sealed class LocalRewardModel : IRewardScorer
{
    private readonly ChatRenderer _renderer;
    private readonly TokenRewardModel _model;
    private readonly LocalRewardModelOptions _options;
    private readonly Lock _gate = new();

    private LocalRewardModel(ChatRenderer renderer, TokenRewardModel model, LocalRewardModelOptions options, string identity)
    {
        _renderer = renderer;
        _model = model;
        _options = options;
        Identity = identity;
    }

    /// <summary>
    /// <c>local:</c> the model folder, a hash of everything read from it that shapes scores (config, tokenizer,
    /// chat template, weight file sizes and dates), the token limit and the precision.
    /// </summary>
    public string Identity { get; }

    /// <summary>Loads the checkpoint, tokenizer and chat template of <paramref name="directory"/>.</summary>
    /// <exception cref="ModelLoadException">The folder is not a supported reward model checkpoint.</exception>
    /// <exception cref="TokenizationException">The tokenizer or chat template cannot be read.</exception>
    /// <exception cref="Native.TorchUnavailableException">TorchSharp cannot run here.</exception>
    /// <exception cref="ArgumentException">Invalid options (batch size, token limit, device, threads).</exception>
    public static LocalRewardModel Load(string directory, LocalRewardModelOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options.BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTokens, 1, nameof(options.MaxTokens));
        var fullPath = Path.GetFullPath(directory);
        if (!Directory.Exists(fullPath))
            throw new ModelLoadException($"model folder {fullPath} not found");

        var renderer = ChatRenderer.FromDirectory(fullPath, options.ChatTemplatePath);
        _ = renderer.Tokenizer; // Fail on a broken tokenizer now, not at the first pool.
        var model = TokenRewardModel.Load(fullPath, options.Inference);
        var precision = options.Inference.Precision.ToString().ToLowerInvariant();
        var identity = $"local:{fullPath}#{Fingerprint(fullPath, options.ChatTemplatePath)};max_tokens={options.MaxTokens};precision={precision}";
        return new LocalRewardModel(renderer, model, options, identity);
    }

    public Task<IReadOnlyList<RewardScore>> ScoreAsync(Prompt prompt, IReadOnlyList<string> responses, CancellationToken cancellationToken)
    {
        var conversation = prompt.AsMessages();
        var sequences = new List<IReadOnlyList<int>>(responses.Count);
        var truncated = new bool[responses.Count];
        for (var i = 0; i < responses.Count; i++)
        {
            var ids = _renderer.Encode([.. conversation, new ChatMessage("assistant", responses[i])], addGenerationPrompt: false);
            truncated[i] = ids.Count > _options.MaxTokens;
            sequences.Add(truncated[i] ? ids.Take(_options.MaxTokens).ToArray() : ids);
        }

        float[] scores;
        lock (_gate)
            scores = _model.Score(sequences, _options.BatchSize, cancellationToken);
        return Task.FromResult<IReadOnlyList<RewardScore>>(scores.Select((s, i) => new RewardScore(s, truncated[i])).ToArray());
    }

    public void Dispose() => _model.Dispose();

    /// <summary>Hashes the small files that decide the ids and the architecture, and the identity (size, date) of the weights.</summary>
    private static string Fingerprint(string directory, string? chatTemplatePath)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string[] small = ["config.json", "tokenizer.json", "tokenizer_config.json", ChatTemplate.JinjaFileName];
        foreach (var path in small.Select(f => Path.Combine(directory, f)).Append(chatTemplatePath).OfType<string>().Where(File.Exists))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(path) + "\0"));
            hash.AppendData(File.ReadAllBytes(path));
        }
        foreach (var weights in Directory.EnumerateFiles(directory, "*.safetensors").Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(weights);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{info.Name}\0{info.Length}\0{info.LastWriteTimeUtc.Ticks}\0"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
