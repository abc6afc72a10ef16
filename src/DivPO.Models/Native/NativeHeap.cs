using System.Runtime.InteropServices;

namespace DivPO.Models.Native;

/// <summary>
/// Keeps glibc from handing large freed blocks back to the kernel. libtorch allocates every
/// intermediate tensor with malloc; by default blocks over the mmap threshold are mapped and unmapped
/// each time, so every forward pass page-faults its activations in afresh (a quarter of the CPU time
/// of a batch of 8 × 256 tokens went to the kernel). With mmap off and trimming off, freed blocks are
/// reused: resident memory stays at the peak of one batch instead of churning.
/// </summary>
internal static partial class NativeHeap
{
    private const int TrimThreshold = -1; // M_TRIM_THRESHOLD
    private const int MmapMax = -4; // M_MMAP_MAX

    private static bool _tuned;

    public static void KeepFreedMemory()
    {
        if (_tuned || !OperatingSystem.IsLinux())
            return;
        try
        {
            mallopt(MmapMax, 0);
            mallopt(TrimThreshold, int.MaxValue);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (e.g. musl): its allocator has no such switches; nothing to tune.
        }
        _tuned = true;
    }

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int mallopt(int parameter, int value);
}
