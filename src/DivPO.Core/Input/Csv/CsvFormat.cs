using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DivPO.Core.Input.Flat;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input.Csv;

/// <summary>
/// CSV with a header row: the flat layout as columns (RFC 4180, comma-separated). Records are split by
/// <see cref="RecordReader"/> so that the size limit and UTF-8 checks hold as for JSONL; CsvHelper reads the
/// fields of each record.
/// </summary>
internal sealed class CsvFormat(InputFields fields, string file, int maxRecordBytes) : IFlatFormat
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { HasHeaderRecord = false };

    public RecordSyntax Syntax => RecordSyntax.Csv;

    public bool HasHeader => true;

    public IFlatRecordParser CreateParser(InputRecord? header)
    {
        var record = header ?? throw new ArgumentNullException(nameof(header));
        var columns = ReadFields(record, maxRecordBytes, new CsvColumnLocator(null), out var raw);
        var csvHeader = new CsvHeader(raw, columns);
        return new CsvRecordParser(csvHeader, CsvColumns.Find(csvHeader, fields), fields.Names, file, maxRecordBytes);
    }

    /// <summary>The fields of one record, and its text; throws <see cref="RecordRejectedException"/> for a bad record.</summary>
    public static string[] ReadFields(InputRecord record, int maxRecordBytes, CsvColumnLocator locator, out string text)
    {
        RecordChecks.EnsureReadable(record, maxRecordBytes, locator);
        text = Encoding.UTF8.GetString(record.Bytes.Span);
        using var parser = new CsvParser(new StringReader(text), Configuration);
        try
        {
            parser.Read();
            return parser.Record!;
        }
        catch (BadDataException e)
        {
            throw new RecordRejectedException(RejectReason.MalformedCsv, locator.FieldWithRawText(record.Bytes.Span, e.Field),
                $"malformed CSV: a quote inside an unquoted field or after a closing quote: {e.Field}");
        }
    }
}
