using DivPO.Models.Native;
using TorchSharp;
using static TorchSharp.torch;

namespace DivPO.Models.Inference;

/// <summary>Where and how a model computes: device, CPU threads, precision.</summary>
public sealed record InferenceSettings
{
    /// <summary><c>cpu</c>, <c>cuda</c> or <c>cuda:N</c> (CUDA needs a CUDA build of libtorch).</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>Intra-op threads for CPU kernels; null uses every core. Process-wide in libtorch.</summary>
    public int? Threads { get; init; }

    /// <summary>
    /// F32 reproduces transformers' float32 scores; BF16 misses them by about 10⁻² and was no faster on the
    /// CPUs measured (see docs/reward-models.md), so F32 is the default everywhere.
    /// </summary>
    public ComputePrecision Precision { get; init; } = ComputePrecision.Float32;

    /// <summary>Loads TorchSharp for the device and applies the thread count; returns the device and weight dtype to use.</summary>
    /// <exception cref="TorchUnavailableException">TorchSharp cannot run here.</exception>
    /// <exception cref="ArgumentException">An unknown device or a non-positive thread count.</exception>
    internal (Device Device, ScalarType Dtype) Apply()
    {
        var device = ComputeDevice.Parse(Device);
        if (Threads is < 1)
            throw new ArgumentException($"threads must be at least 1, not {Threads}");
        TorchNative.EnsureLoaded(device);
        if (device.Type == DeviceType.CPU)
            NativeHeap.KeepFreedMemory();
        torch.set_num_threads(Threads ?? Environment.ProcessorCount);
        var dtype = Precision == ComputePrecision.BFloat16 ? ScalarType.BFloat16 : ScalarType.Float32;
        return (device.ToTorch(), dtype);
    }
}
