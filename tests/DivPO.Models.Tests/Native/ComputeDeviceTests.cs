using DivPO.Models.Native;
using TorchSharp;

namespace DivPO.Models.Tests.Native;

public sealed class ComputeDeviceTests
{
    [Theory]
    [InlineData("cpu", DeviceType.CPU, -1, "cpu")]
    [InlineData(" CPU ", DeviceType.CPU, -1, "cpu")]
    [InlineData("cuda", DeviceType.CUDA, 0, "cuda:0")]
    [InlineData("cuda:3", DeviceType.CUDA, 3, "cuda:3")]
    public void Parses_devices_as_users_write_them(string text, DeviceType type, int index, string canonical)
    {
        var device = ComputeDevice.Parse(text);

        Assert.Equal(new ComputeDevice(type, index), device);
        Assert.Equal(canonical, device.ToString());
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda:")]
    [InlineData("cuda:-1")]
    [InlineData("mps")]
    public void Rejects_unknown_devices_naming_them(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => ComputeDevice.Parse(text));

        Assert.Contains($"'{text}'", error.Message);
    }
}
