using System.Runtime.CompilerServices;
using DivPO.Core.Input.Csv;
using DivPO.Core.Input.Flat;
using DivPO.Core.Input.Json;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Input;

/// <summary>
/// Reads pools from grouped JSONL, flat JSONL or CSV, gzip-compressed or not, as a stream: memory depends on the
/// longest record and, for flat input, on how far a group's records are spread, never on the input's size.
/// Yields every pool and every rejected record in input order (flat input: see <see cref="InputFormat.FlatJsonl"/>).
/// I/O failures (a missing file, an unreadable stream) throw; bad data never does.
/// </summary>
public static class PoolReader
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Reads the file at <paramref name="path"/>, or standard input for <see cref="StandardInput"/> (see
    /// <see cref="ReadAsync(Stream, string, InputOptions, CancellationToken)"/> for how a stream is read).
    /// </summary>
    public static async IAsyncEnumerable<PoolReadItem> ReadAsync(string path, InputOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (path == StandardInput)
        {
            await using var input = Console.OpenStandardInput();
            await foreach (var item in ReadAsync(input, "stdin", options, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        using var source = InputSource.FromFile(path);
        await foreach (var item in ReadAsync(source, options, cancellationToken))
        {
            yield return item;
        }
    }

    /// <summary>
    /// Reads <paramref name="input"/> to its end, copying it to a temporary file (deleted afterwards) first,
    /// because detecting the format and grouping flat records each need a second look at the start.
    /// <paramref name="name"/> names the input in messages; a name ending in <c>.csv</c> or <c>.csv.gz</c> makes
    /// <see cref="InputFormat.Auto"/> read CSV.
    /// </summary>
    public static async IAsyncEnumerable<PoolReadItem> ReadAsync(Stream input, string name, InputOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var source = await InputSource.SpoolAsync(input, name, cancellationToken);
        await foreach (var item in ReadAsync(source, options, cancellationToken))
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<PoolReadItem> ReadAsync(InputSource source, InputOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var format = options.Format == InputFormat.Auto ? await FormatDetector.DetectAsync(source, options.MaxRecordBytes, cancellationToken) : options.Format;
        var fields = new InputFields(options.Fields);
        var items = format switch
        {
            InputFormat.GroupedJsonl => ReadGroupedAsync(source, fields, options.MaxRecordBytes, cancellationToken),
            InputFormat.FlatJsonl => new FlatPoolReader(source, new FlatJsonRecordParser(fields, source.Name, options.MaxRecordBytes), fields, options.MaxRecordBytes).ReadAsync(cancellationToken),
            InputFormat.Csv => new FlatPoolReader(source, new CsvFormat(fields, source.Name, options.MaxRecordBytes), fields, options.MaxRecordBytes).ReadAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "unknown input format"),
        };
        await foreach (var item in items)
        {
            yield return item;
        }
    }

    private static async IAsyncEnumerable<PoolReadItem> ReadGroupedAsync(InputSource source, InputFields fields, int maxRecordBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parser = new GroupedRecordParser(fields, new InputLayout(InputFormat.GroupedJsonl, fields.Names), source.Name, maxRecordBytes);
        using var records = new RecordReader(source.Open(), RecordSyntax.Lines, maxRecordBytes);
        var ordinal = 0L;
        while (await records.ReadAsync(cancellationToken))
        {
            PoolReadItem item;
            try
            {
                item = new PoolReadItem.PoolRead(parser.Parse(records.Current, ordinal));
                ordinal++;
            }
            catch (RecordRejectedException e)
            {
                item = new PoolReadItem.Rejected(InputRejection.For(e, records.Current, source.Name));
            }

            yield return item;
        }
    }
}
