using System.Security.Cryptography;
using DivPO.Models.Native;
using DivPO.Models.Tests.Support;

namespace DivPO.Models.Tests.Native;

public sealed class PatchedLibraryCacheTests
{
    private static readonly byte[] Original = [1, 2, 3];
    private static readonly byte[] Patched = [1, 2, 4];

    [Fact]
    public void Stores_under_the_hash_of_the_original()
    {
        using var cache = new TemporaryDirectory();

        var path = PatchedLibraryCache.Store(Original, Patched, "libX.so", [cache.Path]);

        var key = Convert.ToHexStringLower(SHA256.HashData(Original))[..16];
        Assert.Equal(Path.Combine(cache.Path, key, "libX.so"), path);
        Assert.Equal(Patched, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Replaces_a_copy_whose_content_differs()
    {
        using var cache = new TemporaryDirectory();
        var path = PatchedLibraryCache.Store(Original, [9, 9], "libX.so", [cache.Path]);

        Assert.Equal(path, PatchedLibraryCache.Store(Original, Patched, "libX.so", [cache.Path]));

        Assert.Equal(Patched, File.ReadAllBytes(path));
    }

    [Fact]
    public void Falls_back_to_the_next_folder_when_one_is_unusable()
    {
        using var cache = new TemporaryDirectory();
        File.WriteAllText(cache.File("a-file"), "");

        var path = PatchedLibraryCache.Store(Original, Patched, "libX.so", [cache.File("a-file"), cache.File("second")]);

        Assert.StartsWith(cache.File("second"), path);
    }

    [Fact]
    public void Says_which_folders_failed_when_none_is_usable()
    {
        using var cache = new TemporaryDirectory();
        File.WriteAllText(cache.File("a-file"), "");

        var error = Assert.Throws<IOException>(() => PatchedLibraryCache.Store(Original, Patched, "libX.so", [cache.File("a-file")]));

        Assert.Contains("no writable cache folder", error.Message);
        Assert.Contains("a-file", error.Message);
    }
}
