using DivPO.Jinja.Python;

namespace DivPO.Jinja.Tests.Python;

/// <summary>Python's repr of strings: quote choice and escapes (expected values from CPython).</summary>
public sealed class PyReprTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("both ' and \"", "'both \\' and \"'")]
    [InlineData("tab\tnew\nret\rback\\", "'tab\\tnew\\nret\\rback\\\\'")]
    [InlineData("\u0001\u007f\u00a0\u00e9", "'\\x01\\x7f\\xa0é'")]
    [InlineData("\u200b\u2028😀", "'\\u200b\\u2028😀'")]
    public void Quotes_strings_like_python(string value, string expected) => Assert.Equal(expected, PyRepr.QuoteString(value));
}
