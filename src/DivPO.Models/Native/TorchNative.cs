using System.Runtime.InteropServices;
using TorchSharp;

namespace DivPO.Models.Native;

/// <summary>
/// Loads TorchSharp's native backend before first use. On Linux hosts whose libstdc++ is older than the
/// one <c>libLibTorchSharp.so</c> was built against (Debian 12, Ubuntu 22.04), it loads a copy whose
/// requirement on the missing libstdc++ versions is marked weak (see docs/torchsharp-native.md);
/// elsewhere it leaves loading to TorchSharp untouched.
/// </summary>
public static class TorchNative
{
    private const string BackendFile = "libLibTorchSharp.so";
    private const string BackendImportName = "LibTorchSharp";
    private const string Libstdcxx = "libstdc++.so.6";

    private static readonly Lock Gate = new();
    private static readonly HashSet<DeviceType> Initialised = [];
    private static bool _backendLoaded;

    /// <summary>Where the patched backend was loaded from, when this host needed one; null otherwise.</summary>
    public static string? PatchedBackendPath { get; private set; }

    /// <summary>Makes TorchSharp usable on <paramref name="device"/>. Safe to call repeatedly and concurrently.</summary>
    /// <exception cref="TorchUnavailableException">The native libraries are missing, do not load, or lack the device.</exception>
    public static void EnsureLoaded(ComputeDevice device)
    {
        lock (Gate)
        {
            if (!_backendLoaded)
            {
                if (OperatingSystem.IsLinux())
                    LoadLinuxBackend();
                _backendLoaded = true;
            }
            if (!Initialised.Contains(device.Type))
            {
                Initialise(device);
                Initialised.Add(device.Type);
            }
        }
    }

    private static void LoadLinuxBackend()
    {
        var original = FindBackend();
        if (original is null)
        {
            // Not deployed with the app. Probe as TorchSharp would, but quietly: its own failure path prints a page of trace.
            if (!NativeLibrary.TryLoad(BackendImportName, typeof(torch).Assembly, null, out _))
                throw new TorchUnavailableException(
                    $"TorchSharp's native library {BackendFile} was not found: it and libtorch (package libtorch-cpu-linux-x64) " +
                    "must be deployed in the application's runtimes/linux-x64/native folder. See docs/torchsharp-native.md.");
            return;
        }

        var loadError = DynamicLoader.TryLoad(original, out _);
        if (loadError is null)
            return;

        var library = File.ReadAllBytes(original);
        var missing = MissingVersions(library, Libstdcxx);
        if (missing.Count == 0 || !missing.Any(loadError.Contains))
            throw new TorchUnavailableException($"TorchSharp's native library {original} does not load: {loadError}");

        string patched;
        try
        {
            patched = PatchedLibraryCache.Store(library, SymbolVersionWeakener.Weaken(library, Libstdcxx, missing), BackendFile);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new TorchUnavailableException(
                $"TorchSharp's native library needs {string.Join(", ", missing)} from {Libstdcxx}, which this system's C++ runtime lacks, " +
                $"and a compatible copy could not be made ({e.Message}). Install a newer libstdc++ (GCC 13 or later).", e);
        }

        // The copy lives elsewhere, so its $ORIGIN run path cannot find libtorch: load its dependencies from the
        // original folder first; the dynamic loader then matches them by soname. The others (C/C++ runtime) are mapped already.
        var folder = Path.GetDirectoryName(original)!;
        foreach (var needed in ElfImage.Parse(library).NeededLibraries())
        {
            var sibling = Path.Combine(folder, needed);
            if (!File.Exists(sibling))
            {
                if (DynamicLoader.MappedPath(needed) is null)
                    throw new TorchUnavailableException($"TorchSharp's native library needs {needed}, which is missing from {folder}");
            }
            else if (DynamicLoader.TryLoad(sibling, out _) is { } error)
                throw new TorchUnavailableException($"TorchSharp's native library needs {needed}, which does not load: {error}");
        }
        if (DynamicLoader.TryLoad(patched, out var handle) is { } patchedError)
            throw new TorchUnavailableException($"TorchSharp's native library does not load even with weak {string.Join(", ", missing)}: {patchedError}");

        NativeLibrary.SetDllImportResolver(typeof(torch).Assembly,
            (name, _, _) => name == BackendImportName ? handle : IntPtr.Zero);
        PatchedBackendPath = patched;
    }

    private static void Initialise(ComputeDevice device)
    {
        try
        {
            torch.InitializeDeviceType(device.Type);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or DllNotFoundException or TypeInitializationException)
        {
            throw new TorchUnavailableException(device.Type == DeviceType.CUDA
                ? "CUDA was requested but TorchSharp cannot use it: the application ships the CPU build of libtorch " +
                  "(swap libtorch-cpu-linux-x64 for a libtorch-cuda package) or no CUDA device is visible. See docs/torchsharp-native.md."
                : "TorchSharp's native libraries were not found: libtorch (package libtorch-cpu-linux-x64) and libLibTorchSharp " +
                  "must be deployed with the application. See docs/torchsharp-native.md.", e);
        }
    }

    /// <summary>The backend as deployed with the app: in the host's native search folders, else the app folder.</summary>
    internal static string? FindBackend()
    {
        var searchFolders = (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") as string ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(AppContext.BaseDirectory)
            .Append(Path.Combine(AppContext.BaseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native"))
            .Append(Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native"));
        return searchFolders.Select(f => Path.Combine(f, BackendFile)).FirstOrDefault(File.Exists);
    }

    /// <summary>The versions of <paramref name="file"/> that <paramref name="library"/> requires and the host's copy does not define.</summary>
    internal static IReadOnlyList<string> MissingVersions(byte[] library, string file)
    {
        var required = ElfImage.Parse(library).VersionRequirements().Where(r => r.File == file && !r.Weak).ToList();
        var host = DynamicLoader.MappedPath(file);
        if (required.Count == 0 || host is null)
            return [];
        var defined = ElfImage.Parse(File.ReadAllBytes(host)).VersionDefinitions();
        return required.Select(r => r.Version).Where(v => !defined.Contains(v)).ToList();
    }
}
