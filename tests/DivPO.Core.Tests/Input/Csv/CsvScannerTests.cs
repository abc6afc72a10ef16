using System.Text;
using DivPO.Core.Input.Csv;

namespace DivPO.Core.Tests.Input.Csv;

public sealed class CsvScannerTests
{
    private static List<string> Fields(string record)
    {
        var bytes = Encoding.UTF8.GetBytes(record);
        return CsvScanner.FieldRanges(bytes).Select(range => Encoding.UTF8.GetString(bytes[range])).ToList();
    }

    [Fact]
    public void Splits_fields_on_commas_outside_quotes()
    {
        Assert.Equal(["a", "\"b,c\"", "", "\"d \"\"e\"\", f\"", "g"], Fields("a,\"b,c\",,\"d \"\"e\"\", f\",g"));
    }

    [Fact]
    public void A_quote_opens_a_quoted_field_only_at_the_start_of_the_field()
    {
        Assert.Equal(["ab\"c", "d"], Fields("ab\"c,d"));
        Assert.Equal(["\"ab\"c", "d"], Fields("\"ab\"c,d"));
    }

    [Fact]
    public void Keeps_its_state_when_a_record_is_split_across_calls()
    {
        var scanner = new CsvScanner();

        Assert.Equal(-1, scanner.NextBoundary("\"a\n"u8, out _));
        Assert.Equal(-1, scanner.NextBoundary("b\"\"c"u8, out _));
        Assert.Equal(1, scanner.NextBoundary("\"\nnext"u8, out var isRecordEnd));
        Assert.True(isRecordEnd);
    }
}
