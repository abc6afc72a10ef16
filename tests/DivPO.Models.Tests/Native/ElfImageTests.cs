using DivPO.Models.Native;

namespace DivPO.Models.Tests.Native;

public sealed class ElfImageTests
{
    private static readonly ElfImage Backend = ElfImage.Parse(File.ReadAllBytes(TorchNative.FindBackend()!));

    [Fact]
    public void Reads_the_version_requirements_of_TorchSharps_native_library()
    {
        var requirements = Backend.VersionRequirements();

        var newest = Assert.Single(requirements, r => r.Version == "GLIBCXX_3.4.32");
        Assert.Equal("libstdc++.so.6", newest.File);
        Assert.False(newest.Weak);
        Assert.Contains(requirements, r => r is { File: "libc.so.6", Version: "GLIBC_2.2.5" });
        Assert.Equal(requirements.Count, requirements.Select(r => r.Index).Distinct().Count());
    }

    [Fact]
    public void Reads_the_needed_libraries_in_order()
    {
        var needed = Backend.NeededLibraries();

        Assert.Equal(["libtorch.so", "libc10.so", "libtorch_cpu.so", "libstdc++.so.6"], needed.Take(4));
    }

    [Fact]
    public void The_only_GLIBCXX_3_4_32_symbol_is_never_relocated()
    {
        var index = Backend.VersionRequirements().Single(r => r.Version == "GLIBCXX_3.4.32").Index;

        var symbol = Assert.Single(Backend.SymbolsOfVersion(index));

        Assert.Equal(new VersionedSymbol("_ZSt21ios_base_library_initv", Relocated: false), symbol);
    }

    [Fact]
    public void Symbols_of_older_libstdcxx_versions_are_relocated()
    {
        var index = Backend.VersionRequirements().Single(r => r.Version == "GLIBCXX_3.4").Index;

        Assert.Contains(Backend.SymbolsOfVersion(index), s => s.Relocated);
    }

    [Fact]
    public void Reads_the_version_definitions_of_the_hosts_libstdcxx()
    {
        var host = DynamicLoader.MappedPath("libstdc++.so.6");

        var definitions = ElfImage.Parse(File.ReadAllBytes(host!)).VersionDefinitions();

        Assert.Contains("GLIBCXX_3.4", definitions);
        Assert.Contains("CXXABI_1.3", definitions);
        Assert.DoesNotContain(definitions, d => d.StartsWith("GLIBC_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F', 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void Rejects_files_that_are_not_64_bit_little_endian_ELF(byte[] bytes)
    {
        Assert.Throws<InvalidDataException>(() => ElfImage.Parse(bytes));
    }
}
