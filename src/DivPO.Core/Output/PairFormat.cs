namespace DivPO.Core.Output;

public enum PairFormat
{
    /// <summary>TRL's explicit-prompt preference format: prompt, chosen and rejected as strings (a messages prompt stays messages).</summary>
    Standard,

    /// <summary>prompt as messages, chosen and rejected as one-message assistant turns.</summary>
    Conversational,
}
