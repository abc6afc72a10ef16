using DivPO.Core.Pools;

namespace DivPO.Core.Diversity;

/// <summary>
/// Measures how diverse each response of a pool is relative to the pool. Higher is more diverse.
/// Criteria backed by models batch internally; <see cref="Identity"/> names everything that changes the values.
/// </summary>
public interface IDiversityCriterion
{
    /// <summary>The criterion's name as written in outputs, e.g. <c>word-frequency</c>.</summary>
    string Name { get; }

    /// <summary>Name plus every parameter that changes the values, for caching.</summary>
    string Identity { get; }

    /// <summary>One value per response of <paramref name="pool"/>, in order.</summary>
    ValueTask<double[]> MeasureAsync(Pool pool, CancellationToken cancellationToken);
}
