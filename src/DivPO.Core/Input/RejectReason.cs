namespace DivPO.Core.Input;

/// <summary>Why an input record could not be used. Names appear in summaries as kebab-case.</summary>
public enum RejectReason
{
    MalformedJson,

    /// <summary>A CSV record with a stray quote, or with a different number of fields than the header.</summary>
    MalformedCsv,
    InvalidUtf8,
    RecordTooLong,
    MissingPrompt,
    MissingText,
    InvalidReward,

    /// <summary>A field of the wrong type or shape (e.g. a prompt id that is a list, mismatched parallel arrays).</summary>
    InvalidField,
    EmptyPool,
}
