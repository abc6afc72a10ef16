using DivPO.Models.Native;

namespace DivPO.Models.Tests.Native;

public sealed class SymbolVersionWeakenerTests
{
    private static readonly byte[] Backend = File.ReadAllBytes(TorchNative.FindBackend()!);

    [Fact]
    public void Marks_only_the_named_requirement_weak()
    {
        var patched = SymbolVersionWeakener.Weaken(Backend, "libstdc++.so.6", ["GLIBCXX_3.4.32"]);

        var before = ElfImage.Parse(Backend).VersionRequirements();
        var after = ElfImage.Parse(patched).VersionRequirements();
        Assert.True(after.Single(r => r.Version == "GLIBCXX_3.4.32").Weak);
        Assert.Equal(before.Where(r => r.Version != "GLIBCXX_3.4.32"), after.Where(r => r.Version != "GLIBCXX_3.4.32"));
        Assert.Equal(1, Backend.Zip(patched).Count(pair => pair.First != pair.Second));
        Assert.Equal(Backend.Length, patched.Length);
    }

    [Fact]
    public void Leaves_the_input_untouched()
    {
        var copy = (byte[])Backend.Clone();

        SymbolVersionWeakener.Weaken(copy, "libstdc++.so.6", ["GLIBCXX_3.4.32"]);

        Assert.Equal(Backend, copy);
    }

    [Fact]
    public void Refuses_a_version_whose_symbols_the_library_uses()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SymbolVersionWeakener.Weaken(Backend, "libstdc++.so.6", ["GLIBCXX_3.4.30"]));

        Assert.Contains("GLIBCXX_3.4.30", error.Message);
        Assert.Contains("cannot be made optional", error.Message);
    }

    [Fact]
    public void Refuses_a_version_the_library_does_not_require()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SymbolVersionWeakener.Weaken(Backend, "libstdc++.so.6", ["GLIBCXX_9.9"]));

        Assert.Contains("does not require GLIBCXX_9.9", error.Message);
    }
}
