using System.Security.Cryptography;

namespace DivPO.Models.Native;

/// <summary>
/// Where patched copies of native libraries live: <c>$XDG_CACHE_HOME/divpo/native/&lt;hash of the original&gt;/</c>
/// (<c>~/.cache/…</c> by default), else a per-user temporary folder. Keyed by the original so an upgrade never
/// reuses a stale copy; written atomically because several divpo processes may start at once.
/// </summary>
internal static class PatchedLibraryCache
{
    /// <summary>The path of <paramref name="patched"/>, stored as <paramref name="fileName"/> under the key of <paramref name="original"/>.</summary>
    /// <exception cref="IOException">No cache folder is writable.</exception>
    public static string Store(byte[] original, byte[] patched, string fileName) => Store(original, patched, fileName, DefaultRoots());

    /// <summary>As <see cref="Store(byte[], byte[], string)"/>, trying <paramref name="roots"/> in order.</summary>
    internal static string Store(byte[] original, byte[] patched, string fileName, IEnumerable<string> roots)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(original))[..16];
        var failures = new List<string>();
        foreach (var root in roots)
        {
            var folder = Path.Combine(root, key);
            var target = Path.Combine(folder, fileName);
            try
            {
                if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(patched))
                    return target;
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $"{fileName}.{Environment.ProcessId}.tmp");
                File.WriteAllBytes(temporary, patched);
                File.Move(temporary, target, overwrite: true);
                return target;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{folder}: {e.Message}");
            }
        }
        throw new IOException("no writable cache folder: " + string.Join("; ", failures));
    }

    private static IEnumerable<string> DefaultRoots()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (!string.IsNullOrEmpty(xdg))
            yield return Path.Combine(xdg, "divpo", "native");
        else if (!string.IsNullOrEmpty(home))
            yield return Path.Combine(home, ".cache", "divpo", "native");
        yield return Path.Combine(Path.GetTempPath(), $"divpo-native-{Environment.UserName}");
    }
}
