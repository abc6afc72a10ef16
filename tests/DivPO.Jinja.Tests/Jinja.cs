namespace DivPO.Jinja.Tests;

/// <summary>Shorthand for the tests: parse and render in one call.</summary>
internal static class Jinja
{
    public static string Render(string source, params (string Name, object? Value)[] variables) =>
        JinjaTemplate.Parse(source).Render(variables.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>The error a template raises at parse or render time.</summary>
    public static JinjaException Failure(string source, params (string Name, object? Value)[] variables) =>
        Assert.Throws<JinjaException>(() => Render(source, variables));
}
