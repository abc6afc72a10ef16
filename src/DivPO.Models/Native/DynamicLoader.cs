using System.Runtime.InteropServices;

namespace DivPO.Models.Native;

/// <summary>The Linux dynamic loader as seen from .NET: loading with its reason for failure, and what is already mapped.</summary>
internal static class DynamicLoader
{
    /// <summary>Null when <paramref name="path"/> loads; otherwise the dynamic loader's reason.</summary>
    public static string? TryLoad(string path, out IntPtr handle)
    {
        try
        {
            handle = NativeLibrary.Load(path);
            return null;
        }
        catch (DllNotFoundException e)
        {
            handle = IntPtr.Zero;
            // The runtime wraps dlerror() in advice about LD_DEBUG; the last line is the reason.
            return e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        }
    }

    /// <summary>
    /// The file this process has mapped for <paramref name="soname"/>, from its memory map; null when none.
    /// The .NET runtime itself links the C and C++ runtimes, so those are always mapped.
    /// </summary>
    public static string? MappedPath(string soname) =>
        File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/') is var slash and >= 0 ? line[slash..] : null)
            .FirstOrDefault(path => path is not null && Path.GetFileName(path).StartsWith(soname, StringComparison.Ordinal));
}
