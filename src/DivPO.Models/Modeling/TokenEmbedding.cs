using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary><c>embed_tokens</c>: one row of <c>weight</c> per token id.</summary>
internal sealed class TokenEmbedding : CheckpointModule
{
    public TokenEmbedding(string key, LoadContext context) : base(key, context) =>
        Table = Weight("weight", context.Config.VocabSize, context.Config.HiddenSize);

    /// <summary>[vocab, hidden]; a tied language-model head reuses it.</summary>
    public Tensor Table { get; }

    /// <summary>[batch, length] ids to [batch, length, hidden] vectors.</summary>
    public Tensor Forward(Tensor ids) => Table.index_select(0, ids.reshape(-1)).view(ids.shape[0], ids.shape[1], -1);
}
