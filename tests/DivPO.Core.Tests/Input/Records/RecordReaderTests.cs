using System.Text;
using DivPO.Core.Input.Records;

namespace DivPO.Core.Tests.Input.Records;

public sealed class RecordReaderTests
{
    private static async Task<List<(long Line, string Text, bool TooLong)>> ReadAsync(byte[] input, RecordSyntax syntax = RecordSyntax.Lines, int maxRecordBytes = 1 << 20)
    {
        var records = new List<(long, string, bool)>();
        using var reader = new RecordReader(new MemoryStream(input), syntax, maxRecordBytes);
        while (await reader.ReadAsync(CancellationToken.None))
        {
            records.Add((reader.Current.Line, Encoding.UTF8.GetString(reader.Current.Bytes.Span), reader.Current.IsTooLong));
        }

        return records;
    }

    private static Task<List<(long Line, string Text, bool TooLong)>> ReadAsync(string input, RecordSyntax syntax = RecordSyntax.Lines, int maxRecordBytes = 1 << 20) =>
        ReadAsync(Encoding.UTF8.GetBytes(input), syntax, maxRecordBytes);

    [Fact]
    public async Task Splits_lines_on_LF_and_CRLF_skipping_blank_lines_but_counting_them()
    {
        var records = await ReadAsync("a\r\nb\n\n  \t\r\nc\r\n\nd");

        Assert.Equal([(1, "a", false), (2, "b", false), (5, "c", false), (7, "d", false)], records);
    }

    [Fact]
    public async Task Skips_a_leading_byte_order_mark_only()
    {
        var records = await ReadAsync("\uFEFFa\n\uFEFFb\n");

        Assert.Equal([(1, "a", false), (2, "\uFEFFb", false)], records);
    }

    [Fact]
    public async Task Empty_input_and_a_lone_byte_order_mark_have_no_records()
    {
        Assert.Empty(await ReadAsync(""));
        Assert.Empty(await ReadAsync("\uFEFF"));
    }

    [Fact]
    public async Task Returns_every_line_of_an_input_larger_than_its_buffer()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => new string((char)('a' + (i % 26)), i % 300)).Where(line => line.Length > 0).ToList();

        var records = await ReadAsync(string.Join("\n", lines) + "\n");

        Assert.Equal(lines, records.Select(r => r.Text));
    }

    [Fact]
    public async Task Grows_its_buffer_for_a_record_longer_than_the_buffer_but_within_the_limit()
    {
        var longLine = new string('x', 3 << 20);

        var records = await ReadAsync($"a\n{longLine}\nb", maxRecordBytes: 4 << 20);

        Assert.Equal([(1, "a", false), (2, longLine, false), (3, "b", false)], records);
    }

    [Fact]
    public async Task Skips_a_record_over_the_limit_keeping_its_start_and_goes_on_with_the_next_line()
    {
        var longLine = string.Concat(Enumerable.Repeat("0123456789", 600_000));

        var records = await ReadAsync($"a\n{longLine}\r\nb\n{longLine}", maxRecordBytes: 1000);

        Assert.Equal(4, records.Count);
        Assert.Equal((1, "a", false), records[0]);
        Assert.Equal((2, longLine[..RecordReader.KeptPrefixBytes], true), records[1]);
        Assert.Equal((3, "b", false), records[2]);
        Assert.Equal((4, longLine[..RecordReader.KeptPrefixBytes], true), records[3]);
    }

    [Fact]
    public async Task A_record_just_over_the_limit_is_too_long_and_one_at_the_limit_is_not()
    {
        var records = await ReadAsync("12345\r\n123456\n1234\n", maxRecordBytes: 5);

        Assert.Equal([(1, "12345", false), (2, "123456", true), (3, "1234", false)], records);
    }

    [Fact]
    public async Task Csv_records_span_newlines_inside_quoted_fields_and_start_on_their_first_line()
    {
        var records = await ReadAsync("a,b\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\n\n3,\"x\ny\nz\"\n4,5", RecordSyntax.Csv);

        Assert.Equal(
            [(1, "a,b", false), (2, "1,\"two\r\nlines, \"\"quoted\"\"\"", false), (5, "3,\"x\ny\nz\"", false), (8, "4,5", false)],
            records);
    }

    [Fact]
    public async Task Skips_a_csv_record_over_the_limit_counting_the_lines_inside_it()
    {
        var field = string.Concat(Enumerable.Repeat("line\n", 100_000));

        var records = await ReadAsync($"a\n\"{field}\",1\nb\n", RecordSyntax.Csv, maxRecordBytes: 100);

        Assert.Equal(3, records.Count);
        Assert.Equal((2, true), (records[1].Line, records[1].TooLong));
        Assert.Equal((100_003, "b", false), records[2]);
    }
}
