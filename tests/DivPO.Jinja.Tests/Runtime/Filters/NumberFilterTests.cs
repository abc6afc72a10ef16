namespace DivPO.Jinja.Tests.Runtime.Filters;

public sealed class NumberFilterTests
{
    [Theory]
    [InlineData("{{ -3|abs }}{{ -2.5|abs }}{{ true|abs }}", "32.51")]
    [InlineData("{{ 1.5|round }} {{ 2.5|round }} {{ 3|round }} {{ 2.567|round(2) }} {{ 2.5|round(0, 'floor') }} {{ 2.1|round(0, 'ceil') }} {{ 1234|round(-2) }}",
        "2.0 2.0 3 2.57 2.0 3.0 1200")]
    [InlineData("{{ '3.7'|int }} {{ 'abc'|int }} {{ 3.9|int }} {{ ' 42 '|int }} {{ '0x1A'|int(base=16) }} {{ none|int }} {{ 'x'|int(7) }} {{ true|int }}", "3 0 3 42 26 0 7 1")]
    [InlineData("{{ '5'|float }} {{ '1e3'|float }} {{ 'x'|float }} {{ 'x'|float(default=1.5) }} {{ 2|float }}", "5.0 1000.0 0.0 1.5 2.0")]
    public void Converts_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));
}
