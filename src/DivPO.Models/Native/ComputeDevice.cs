using TorchSharp;

namespace DivPO.Models.Native;

/// <summary>A device as users write it: <c>cpu</c>, <c>cuda</c> or <c>cuda:N</c>.</summary>
public sealed record ComputeDevice(DeviceType Type, int Index)
{
    public static ComputeDevice Cpu { get; } = new(DeviceType.CPU, -1);

    /// <exception cref="ArgumentException">Neither cpu nor cuda[:N].</exception>
    public static ComputeDevice Parse(string text)
    {
        var spec = text.Trim().ToLowerInvariant();
        if (spec == "cpu")
            return Cpu;
        if (spec == "cuda")
            return new ComputeDevice(DeviceType.CUDA, 0);
        if (spec.StartsWith("cuda:", StringComparison.Ordinal) && int.TryParse(spec[5..], out var index) && index >= 0)
            return new ComputeDevice(DeviceType.CUDA, index);
        throw new ArgumentException($"unknown device '{text}': use cpu, cuda or cuda:N");
    }

    public override string ToString() => Type == DeviceType.CPU ? "cpu" : $"cuda:{Index}";

    /// <summary>The TorchSharp device; only valid once <see cref="TorchNative.EnsureLoaded"/> succeeded.</summary>
    internal torch.Device ToTorch() => Type == DeviceType.CPU ? torch.CPU : torch.device(DeviceType.CUDA, Index);
}
