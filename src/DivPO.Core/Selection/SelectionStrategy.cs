namespace DivPO.Core.Selection;

public enum SelectionStrategy
{
    /// <summary>Most diverse of the high-reward responses versus least diverse of the low-reward ones.</summary>
    DivPO,

    /// <summary>Highest versus lowest reward: the standard on-policy DPO baseline.</summary>
    MaxMin,
}
