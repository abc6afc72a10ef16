using System.Text;
using DivPO.Core.Input.Json;
using DivPO.Core.Input.Records;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Flat;

/// <summary>Flat JSONL: one response per line, <c>{"prompt_id"?, "prompt", "response", "reward"?, ...}</c>.</summary>
internal sealed class FlatJsonRecordParser(InputFields fields, string file, int maxRecordBytes) : IFlatFormat, IFlatRecordParser
{
    public RecordSyntax Syntax => RecordSyntax.Lines;

    public bool HasHeader => false;

    public InputLayout Layout { get; } = new(InputFormat.FlatJsonl, fields.Names);

    public IFlatRecordParser CreateParser(InputRecord? header) => this;

    public FlatRow Parse(InputRecord record)
    {
        using var document = JsonRecord.Parse(record, maxRecordBytes);
        var root = document.RootElement;
        var prompt = JsonValues.ReadPrompt(root, fields.Prompt);
        return new FlatRow(
            JsonValues.ReadPromptId(root, fields.Id) ?? PromptIds.Derive(prompt),
            prompt,
            JsonResponses.Read(root, "", fields, new SourceLocation(file, record.Line), rewardElsewhere: null),
            new SourceRecord(record.Line, Encoding.UTF8.GetString(record.Bytes.Span)));
    }
}
