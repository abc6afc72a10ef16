namespace DivPO.Core.Input.Records;

/// <summary>Where a record ends.</summary>
internal enum RecordSyntax
{
    /// <summary>At every newline (JSON Lines).</summary>
    Lines,

    /// <summary>At newlines outside quoted fields (RFC 4180 CSV), so one record may span several lines.</summary>
    Csv,
}
