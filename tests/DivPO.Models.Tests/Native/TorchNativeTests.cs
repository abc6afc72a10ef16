using DivPO.Models.Native;
using TorchSharp;

namespace DivPO.Models.Tests.Native;

public sealed class TorchNativeTests
{
    [Fact]
    public void Finds_the_backend_deployed_with_the_application()
    {
        var backend = TorchNative.FindBackend();

        Assert.NotNull(backend);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(backend)!, "libtorch_cpu.so")));
    }

    [Fact]
    public void Missing_versions_are_exactly_the_required_ones_the_host_lacks()
    {
        var backend = File.ReadAllBytes(TorchNative.FindBackend()!);
        var required = ElfImage.Parse(backend).VersionRequirements().Where(r => r.File == "libstdc++.so.6").Select(r => r.Version).ToList();
        var defined = ElfImage.Parse(File.ReadAllBytes(DynamicLoader.MappedPath("libstdc++.so.6")!)).VersionDefinitions();

        var missing = TorchNative.MissingVersions(backend, "libstdc++.so.6");

        Assert.All(missing, v => Assert.DoesNotContain(v, defined));
        Assert.All(required.Except(missing), v => Assert.Contains(v, defined));
    }

    [Fact]
    public void After_loading_TorchSharp_computes()
    {
        TorchNative.EnsureLoaded(ComputeDevice.Cpu);

        using var product = torch.tensor(new float[] { 1, 2, 3 }).dot(torch.tensor(new float[] { 4, 5, 6 }));
        Assert.Equal(32f, product.item<float>());
    }

    [Fact]
    public void A_patched_backend_has_only_weak_requirements_the_host_cannot_meet()
    {
        TorchNative.EnsureLoaded(ComputeDevice.Cpu);
        var original = File.ReadAllBytes(TorchNative.FindBackend()!);
        var missing = TorchNative.MissingVersions(original, "libstdc++.so.6");

        Assert.Equal(missing.Count > 0, TorchNative.PatchedBackendPath is not null);
        if (TorchNative.PatchedBackendPath is { } patched)
        {
            var weak = ElfImage.Parse(File.ReadAllBytes(patched)).VersionRequirements().Where(r => r.Weak).Select(r => r.Version);
            Assert.Equal(missing.Order(), weak.Order());
        }
    }

    [Fact]
    public void Requesting_CUDA_from_the_CPU_build_is_a_clear_error()
    {
        TorchNative.EnsureLoaded(ComputeDevice.Cpu);

        var error = Assert.Throws<TorchUnavailableException>(() => TorchNative.EnsureLoaded(ComputeDevice.Parse("cuda")));

        Assert.StartsWith("CUDA was requested", error.Message);
    }
}
