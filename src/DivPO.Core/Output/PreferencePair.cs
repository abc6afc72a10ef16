using DivPO.Core.Pools;

namespace DivPO.Core.Output;

/// <summary>One selected pair with everything written about it.</summary>
public sealed record PreferencePair(
    Pool Pool,
    Response Chosen,
    Response Rejected,
    double ChosenDiversity,
    double RejectedDiversity,
    string? RejectedGuard);
