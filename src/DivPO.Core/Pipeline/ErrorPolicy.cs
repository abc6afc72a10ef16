namespace DivPO.Core.Pipeline;

public enum ErrorPolicy
{
    /// <summary>The first bad record stops the run; no output is written.</summary>
    Fail,

    /// <summary>Bad records are counted by reason, written to the rejects file, and the run goes on.</summary>
    Skip,
}
