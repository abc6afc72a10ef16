using DivPO.Core.Pools;

namespace DivPO.Core.Guards;

/// <summary>
/// A text that answers many different prompts is templated ("Of course!", a jailbreak string), not diverse:
/// its words are rare in every pool, so diversity criteria love it. Flags texts found in at least
/// <paramref name="minPools"/> pools.
/// </summary>
public sealed class CrossPoolGuard(TemplatedTextIndex index, int minPools) : IResponseGuard
{
    public const string GuardName = "cross-pool";

    public const int DefaultMinPools = 3;

    public string Name => GuardName;

    public bool Flags(Response response) => index.PoolCount(response.Text) >= minPools;
}
