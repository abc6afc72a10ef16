using DivPO.Jinja.Python;

namespace DivPO.Jinja.Tests.Python;

/// <summary>repr(float) as Python 3 prints it (expected values from CPython).</summary>
public sealed class PyFloatTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    [InlineData(1e-4, "0.0001")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e300, "1e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(100.0, "100.0")]
    [InlineData(1234567890123456789.0, "1.2345678901234568e+18")]
    [InlineData(0.000123, "0.000123")]
    [InlineData(-12345.678, "-12345.678")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Prints_like_python(double value, string expected) => Assert.Equal(expected, PyFloat.Repr(value));
}
