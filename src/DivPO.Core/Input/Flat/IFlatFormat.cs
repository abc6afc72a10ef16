using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Flat;

/// <summary>A layout with one response per record (flat JSONL, CSV), read by <see cref="FlatPoolReader"/>.</summary>
internal interface IFlatFormat
{
    RecordSyntax Syntax { get; }

    /// <summary>Whether the first record is a header that the parser is made from.</summary>
    bool HasHeader { get; }

    /// <summary>A parser for the records; throws <see cref="RecordRejectedException"/> for an unusable header.</summary>
    IFlatRecordParser CreateParser(InputRecord? header);
}

/// <summary>Turns the records of a flat input into rows.</summary>
internal interface IFlatRecordParser
{
    InputLayout Layout { get; }

    /// <summary>The row in <paramref name="record"/>; throws <see cref="RecordRejectedException"/> for a bad record.</summary>
    FlatRow Parse(InputRecord record);
}
