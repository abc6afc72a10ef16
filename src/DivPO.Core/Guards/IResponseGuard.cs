using DivPO.Core.Pools;

namespace DivPO.Core.Guards;

/// <summary>
/// Flags responses that must never be chosen however diverse they look (templated or degenerate text).
/// Guards run on every pool, possibly concurrently, so implementations are thread-safe.
/// </summary>
public interface IResponseGuard
{
    /// <summary>The guard's name as written in summaries and pairs, e.g. <c>cross-pool</c>.</summary>
    string Name { get; }

    bool Flags(Response response);
}
