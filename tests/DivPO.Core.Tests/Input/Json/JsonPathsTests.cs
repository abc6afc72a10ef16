using System.Text;
using DivPO.Core.Input.Json;

namespace DivPO.Core.Tests.Input.Json;

public sealed class JsonPathsTests
{
    private const string Record = """{"prompt": [{"role": "user", "content": "hi"}], "responses": ["a", {"text": "b", "reward": 1}]}""";

    [Theory]
    [InlineData("\"hi\"", "prompt[0].content")]
    [InlineData("\"user\"", "prompt[0].role")]
    [InlineData("\"a\"", "responses[0]")]
    [InlineData(" 1}", "responses[1].reward")]
    [InlineData("\"reward\"", "responses[1].reward")]
    public void Names_the_value_or_property_at_an_offset(string token, string path)
    {
        var offset = Record.IndexOf(token, StringComparison.Ordinal) + 1;

        Assert.Equal(path, JsonPaths.Locator.FieldAt(Encoding.UTF8.GetBytes(Record), offset));
    }

    [Fact]
    public void An_offset_outside_every_field_names_no_field()
    {
        Assert.Null(JsonPaths.Locator.FieldAt(Encoding.UTF8.GetBytes(Record), 0));
    }

    [Theory]
    [InlineData("""{"responses": [{"text": "a", "reward": }]}""", "responses[0].reward")]
    [InlineData("""{"prompt": "p", "responses": ["a", "b",]}""", "responses[1]")]
    [InlineData("""{"prompt": "p" "responses": []}""", "prompt")]
    [InlineData("""not json""", null)]
    public void Names_where_a_malformed_record_stops_being_json(string record, string? path)
    {
        Assert.Equal(path, JsonPaths.WhereMalformed(Encoding.UTF8.GetBytes(record)));
    }
}
