namespace DivPO.Core.Input;

/// <summary>Why an input record could not be used. Names appear in summaries as kebab-case.</summary>
public enum RejectReason
{
    MalformedJson,
    InvalidUtf8,
    RecordTooLong,
    MissingPrompt,
    MissingText,
    InvalidReward,
    InvalidField,
    EmptyPool,
}
