using System.Text.Json;

namespace DivPO.Jinja.Tests;

public sealed class JinjaValuesTests
{
    [Fact]
    public void Reads_json_the_way_python_json_loads_does()
    {
        using var document = JsonDocument.Parse("""{"z": 1, "a": 1.0, "m": [true, null, "s", 2e3, -7], "o": {}}""");

        var value = JinjaValues.FromJson(document.RootElement);

        var dict = Assert.IsType<OrderedDictionary<string, object?>>(value);
        Assert.Equal(["z", "a", "m", "o"], dict.Keys);
        Assert.Equal(1L, dict["z"]);
        Assert.Equal(1.0, dict["a"]);
        Assert.Equal(new List<object?> { true, null, "s", 2000.0, -7L }, dict["m"]);
        Assert.Empty(Assert.IsType<OrderedDictionary<string, object?>>(dict["o"]));
    }

    [Fact]
    public void Keeps_integer_and_float_apart_when_rendered()
    {
        using var document = JsonDocument.Parse("""{"i": 3, "f": 3.0, "e": 1e2}""");
        var variables = (IReadOnlyDictionary<string, object?>)JinjaValues.FromJson(document.RootElement)!;

        Assert.Equal("3 3.0 100.0", JinjaTemplate.Parse("{{ i }} {{ f }} {{ e }}").Render(variables));
    }

    [Fact]
    public void Reads_integers_beyond_64_bits_as_floats()
    {
        using var document = JsonDocument.Parse("12345678901234567890");

        Assert.Equal(12345678901234567890.0, JinjaValues.FromJson(document.RootElement));
    }
}
