using DivPO.Jinja.Python;

namespace DivPO.Jinja.Tests.Python;

public sealed class StrfTimeTests
{
    private static readonly DateTime Moment = new(2024, 7, 6, 15, 4, 5);

    [Theory]
    [InlineData("%d %b %Y", "06 Jul 2024")]
    [InlineData("%Y-%m-%d", "2024-07-06")]
    [InlineData("%A, %B %-d, %y", "Saturday, July 6, 24")]
    [InlineData("%H:%M:%S %I%p %j %%", "15:04:05 03PM 188 %")]
    [InlineData("%a %e", "Sat  6")]
    public void Formats_like_python(string format, string expected) => Assert.Equal(expected, StrfTime.Format(Moment, format));
}
