using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Csv;

/// <summary>
/// Where the fields divpo reads are among a CSV header's columns (-1: absent). When a name occurs twice, the
/// first column wins.
/// </summary>
internal sealed record CsvColumns(int Prompt, int Text, int Id, int Reward, int LogProb, int TokenLogprobs, int Generator)
{
    /// <summary>Finds the columns; throws <see cref="RecordRejectedException"/> when the prompt or text column is missing.</summary>
    public static CsvColumns Find(CsvHeader header, InputFields fields)
    {
        var prompt = header.IndexOf(fields.Prompt.Name);
        if (prompt < 0)
        {
            throw new RecordRejectedException(RejectReason.MissingPrompt, fields.Prompt.Name, $"the header has no '{fields.Prompt}' column");
        }

        var text = IndexOfFirst(header, fields.Text);
        if (text < 0)
        {
            throw new RecordRejectedException(RejectReason.MissingText, fields.Text[0].Name,
                $"the header has no response text column (looked for {fields.DescribeText()})");
        }

        return new CsvColumns(
            prompt,
            text,
            header.IndexOf(fields.Id.Name),
            header.IndexOf(fields.Reward.Name),
            header.IndexOf(InputFields.LogProb.Name),
            header.IndexOf(InputFields.TokenLogprobs.Name),
            IndexOfFirst(header, InputFields.Generator));
    }

    private static int IndexOfFirst(CsvHeader header, FieldName[] fields) =>
        fields.Select(field => header.IndexOf(field.Name)).FirstOrDefault(index => index >= 0, -1);
}
