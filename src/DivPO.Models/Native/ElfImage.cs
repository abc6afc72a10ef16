using System.Buffers.Binary;
using System.Text;

namespace DivPO.Models.Native;

/// <summary>
/// The parts of an ELF64 little-endian shared library that symbol versioning needs: the version
/// requirements (<c>.gnu.version_r</c>), version definitions (<c>.gnu.version_d</c>), dynamic
/// symbols with their version indexes, relocations and <c>DT_NEEDED</c> entries. Read from section
/// headers, which every linker-produced library keeps.
/// </summary>
internal sealed class ElfImage
{
    private const uint ShtRela = 4;
    private const uint ShtDynamic = 6;
    private const uint ShtRel = 9;
    private const uint ShtDynsym = 11;
    private const uint ShtGnuVerdef = 0x6ffffffd;
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const uint ShtGnuVersym = 0x6fffffff;
    private const long DtNeeded = 1;
    private const ushort VerFlgWeak = 0x2;

    private readonly byte[] _bytes;
    private readonly Section[] _sections;

    private ElfImage(byte[] bytes, Section[] sections)
    {
        _bytes = bytes;
        _sections = sections;
    }

    /// <summary>Parses <paramref name="bytes"/>; throws <see cref="InvalidDataException"/> unless it is ELF64 little-endian.</summary>
    public static ElfImage Parse(byte[] bytes)
    {
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (bytes[4] != 2 || bytes[5] != 1)
            throw new InvalidDataException("not a 64-bit little-endian ELF file");

        var header = bytes.AsSpan();
        var sectionTable = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x28..]));
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(header[0x3a..]);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(header[0x3c..]);
        if (entrySize < 64 || sectionTable + (long)entrySize * count > bytes.Length)
            throw new InvalidDataException("truncated ELF section header table");

        var sections = new Section[count];
        for (var i = 0; i < count; i++)
        {
            var s = header.Slice(sectionTable + i * entrySize, entrySize);
            var section = new Section(
                Type: BinaryPrimitives.ReadUInt32LittleEndian(s[4..]),
                Offset: checked((int)BinaryPrimitives.ReadUInt64LittleEndian(s[24..])),
                Size: checked((int)BinaryPrimitives.ReadUInt64LittleEndian(s[32..])),
                Link: BinaryPrimitives.ReadUInt32LittleEndian(s[40..]),
                Info: BinaryPrimitives.ReadUInt32LittleEndian(s[44..]),
                EntrySize: checked((int)BinaryPrimitives.ReadUInt64LittleEndian(s[56..])));
            if (section.Type != 8 /* SHT_NOBITS */ && (long)section.Offset + section.Size > bytes.Length)
                throw new InvalidDataException("ELF section extends past the end of the file");
            sections[i] = section;
        }
        return new ElfImage(bytes, sections);
    }

    /// <summary>Every entry of <c>.gnu.version_r</c>: which library must define which version.</summary>
    public IReadOnlyList<VersionRequirement> VersionRequirements()
    {
        var result = new List<VersionRequirement>();
        foreach (var section in SectionsOfType(ShtGnuVerneed))
        {
            var strings = _sections[section.Link];
            var need = section.Offset;
            for (var n = 0; n < section.Info; n++)
            {
                var file = ReadString(strings, U32(need + 4));
                var auxCount = U16(need + 2);
                var aux = need + (int)U32(need + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    var flags = U16(aux + 4);
                    result.Add(new VersionRequirement(file, ReadString(strings, U32(aux + 8)), U16(aux + 6),
                        (flags & VerFlgWeak) != 0, FlagsOffset: aux + 4));
                    aux += (int)U32(aux + 12);
                }
                need += (int)U32(need + 12);
            }
        }
        return result;
    }

    /// <summary>The version names this library defines (<c>.gnu.version_d</c>), e.g. <c>GLIBCXX_3.4.30</c>.</summary>
    public IReadOnlySet<string> VersionDefinitions()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in SectionsOfType(ShtGnuVerdef))
        {
            var strings = _sections[section.Link];
            var def = section.Offset;
            for (var d = 0; d < section.Info; d++)
            {
                // The first auxiliary entry names the version itself; later ones name its parents.
                result.Add(ReadString(strings, U32(def + (int)U32(def + 12))));
                def += (int)U32(def + 16);
            }
        }
        return result;
    }

    /// <summary>The libraries this one names in <c>DT_NEEDED</c>, in order.</summary>
    public IReadOnlyList<string> NeededLibraries()
    {
        var result = new List<string>();
        foreach (var section in SectionsOfType(ShtDynamic))
        {
            var strings = _sections[section.Link];
            for (var entry = section.Offset; entry + 16 <= section.Offset + section.Size; entry += 16)
            {
                var tag = BinaryPrimitives.ReadInt64LittleEndian(_bytes.AsSpan(entry));
                if (tag == 0)
                    break;
                if (tag == DtNeeded)
                    result.Add(ReadString(strings, checked((uint)BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(entry + 8)))));
            }
        }
        return result;
    }

    /// <summary>The dynamic symbols bound to version index <paramref name="versionIndex"/>, and whether a relocation uses each.</summary>
    public IReadOnlyList<VersionedSymbol> SymbolsOfVersion(ushort versionIndex)
    {
        var dynsymIndex = Array.FindIndex(_sections, s => s.Type == ShtDynsym);
        var versym = _sections.FirstOrDefault(s => s.Type == ShtGnuVersym);
        if (dynsymIndex < 0 || versym.Size == 0)
            return [];

        var dynsym = _sections[dynsymIndex];
        var relocated = RelocatedSymbolIndexes(dynsymIndex);
        var result = new List<VersionedSymbol>();
        var symbolCount = dynsym.Size / dynsym.EntrySize;
        for (var i = 0; i < symbolCount; i++)
        {
            // Bit 15 of a versym entry marks a hidden version; the index is the low 15 bits.
            if ((U16(versym.Offset + i * 2) & 0x7fff) != versionIndex)
                continue;
            var name = ReadString(_sections[dynsym.Link], U32(dynsym.Offset + i * dynsym.EntrySize));
            result.Add(new VersionedSymbol(name, relocated.Contains(i)));
        }
        return result;
    }

    private HashSet<int> RelocatedSymbolIndexes(int dynsymIndex)
    {
        var result = new HashSet<int>();
        foreach (var section in _sections.Where(s => (s.Type is ShtRela or ShtRel) && s.Link == dynsymIndex && s.EntrySize > 0))
        {
            // r_info follows r_offset in both REL and RELA entries; its high 32 bits are the symbol index.
            for (var entry = section.Offset; entry + section.EntrySize <= section.Offset + section.Size; entry += section.EntrySize)
                result.Add((int)(BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(entry + 8)) >> 32));
        }
        return result;
    }

    private IEnumerable<Section> SectionsOfType(uint type) => _sections.Where(s => s.Type == type);

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(offset));

    private string ReadString(Section table, uint offset)
    {
        var start = table.Offset + (int)offset;
        var length = _bytes.AsSpan(start, table.Size - (int)offset).IndexOf((byte)0);
        if (length < 0)
            throw new InvalidDataException("unterminated ELF string");
        return Encoding.UTF8.GetString(_bytes, start, length);
    }

    private readonly record struct Section(uint Type, int Offset, int Size, uint Link, uint Info, int EntrySize);
}

/// <summary>One <c>Vernaux</c> entry: <paramref name="File"/> must define <paramref name="Version"/>.</summary>
/// <param name="Index">The version index dynamic symbols refer to (<c>vna_other</c>).</param>
/// <param name="FlagsOffset">File offset of <c>vna_flags</c>, for patching.</param>
internal sealed record VersionRequirement(string File, string Version, ushort Index, bool Weak, int FlagsOffset);

/// <summary>A dynamic symbol of some version; <paramref name="Relocated"/> when a relocation binds it at load or call time.</summary>
internal sealed record VersionedSymbol(string Name, bool Relocated);
