namespace DivPO.Models.Native;

/// <summary>
/// Marks version requirements of a shared library as weak (<c>VER_FLG_WEAK</c>), so that the dynamic
/// loader accepts a host library that lacks those versions. That is only sound when nothing binds to a
/// symbol of such a version: each is checked to have no relocation, i.e. it is referenced only to pull
/// in a definition at static link time (as <c>std::ios_base_library_init()</c> of GLIBCXX_3.4.32 is).
/// </summary>
internal static class SymbolVersionWeakener
{
    private const byte VerFlgWeak = 0x2;

    /// <summary>A copy of <paramref name="library"/> with <paramref name="versions"/> of <paramref name="file"/> marked weak.</summary>
    /// <exception cref="InvalidOperationException">A version is not required, or a symbol of it is really used.</exception>
    public static byte[] Weaken(byte[] library, string file, IReadOnlyCollection<string> versions)
    {
        var image = ElfImage.Parse(library);
        var requirements = image.VersionRequirements().Where(r => r.File == file).ToList();
        var patched = (byte[])library.Clone();
        foreach (var version in versions)
        {
            var requirement = requirements.FirstOrDefault(r => r.Version == version)
                ?? throw new InvalidOperationException($"the library does not require {version} from {file}");
            var used = image.SymbolsOfVersion(requirement.Index).Where(s => s.Relocated).Select(s => s.Name).ToList();
            if (used.Count > 0)
                throw new InvalidOperationException(
                    $"the library uses {string.Join(", ", used)} from {version} of {file}, so that version cannot be made optional");
            patched[requirement.FlagsOffset] |= VerFlgWeak; // the low byte of the little-endian vna_flags
        }
        return patched;
    }
}
