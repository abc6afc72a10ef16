using System.Globalization;
using System.Text.Json;
using DivPO.Core.Input.Flat;
using DivPO.Core.Input.Json;
using DivPO.Core.Input.Records;
using DivPO.Core.Pools;

namespace DivPO.Core.Input.Csv;

/// <summary>
/// Reads the rows of a CSV input after its header. Cells are text: an empty cell is an absent value; a reward
/// or log-probability is a number as .NET parses it with the invariant culture (<c>NaN</c>, <c>Infinity</c> and
/// <c>-Infinity</c> included); <c>token_logprobs</c> holds a JSON list of numbers. A prompt cell holding a JSON
/// list of <c>{role, content}</c> objects is a messages prompt; any other prompt cell is text.
/// </summary>
internal sealed class CsvRecordParser(CsvHeader header, CsvColumns columns, FieldNames names, string file, int maxRecordBytes) : IFlatRecordParser
{
    private readonly IReadOnlyList<string> _header = header.Columns;
    private readonly CsvColumnLocator _locator = new(header.Columns);

    public InputLayout Layout { get; } = new(InputFormat.Csv, names, header);

    public FlatRow Parse(InputRecord record)
    {
        var cells = CsvFormat.ReadFields(record, maxRecordBytes, _locator, out var text);
        if (cells.Length != _header.Count)
        {
            throw new RecordRejectedException(RejectReason.MalformedCsv, null, $"the record has {cells.Length} fields but the header has {_header.Count}");
        }

        var prompt = ReadPrompt(cells[columns.Prompt]);
        var response = new Response
        {
            Text = cells[columns.Text],
            Reward = ReadNumber(cells, columns.Reward, RejectReason.InvalidReward),
            LogProb = ReadNumber(cells, columns.LogProb, RejectReason.InvalidField),
            TokenLogprobs = ReadNumbers(cells, columns.TokenLogprobs),
            Generator = Cell(cells, columns.Generator),
            Source = new SourceLocation(file, record.Line),
        };
        return new FlatRow(Cell(cells, columns.Id) ?? PromptIds.Derive(prompt), prompt, response, new SourceRecord(record.Line, text));
    }

    private static string? Cell(string[] cells, int column) => column >= 0 && cells[column].Length > 0 ? cells[column] : null;

    private Prompt ReadPrompt(string cell)
    {
        if (cell.Length == 0)
        {
            throw new RecordRejectedException(RejectReason.MissingPrompt, _header[columns.Prompt], "the prompt is empty");
        }

        return TryReadMessages(cell) is { } messages ? Prompt.FromMessages(messages) : Prompt.FromText(cell);
    }

    private static List<ChatMessage>? TryReadMessages(string cell)
    {
        if (!cell.StartsWith('['))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(cell);
            return document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.GetArrayLength() > 0
                ? JsonValues.ReadMessages(document.RootElement, "")
                : null;
        }
        catch (Exception e) when (e is JsonException or RecordRejectedException)
        {
            return null;
        }
    }

    private double? ReadNumber(string[] cells, int column, RejectReason reason)
    {
        if (Cell(cells, column) is not { } cell)
        {
            return null;
        }

        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new RecordRejectedException(reason, _header[column], $"must be a number, found '{cell}'");
    }

    private double[]? ReadNumbers(string[] cells, int column)
    {
        if (Cell(cells, column) is not { } cell)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(cell);
            return JsonValues.ReadNumbers(document.RootElement, _header[column]);
        }
        catch (JsonException)
        {
            throw new RecordRejectedException(RejectReason.InvalidField, _header[column], $"must be a JSON list of numbers, found '{cell}'");
        }
    }
}
