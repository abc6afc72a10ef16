using System.Reflection;

namespace DivPO.Tests;

/// <summary>Paths the tests read: the repository root and the read-only reference data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Assembly.GetExecutingAssembly()
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    /// <summary><c>../shared</c> from the repository root (fixtures and datasets; never written).</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Fixture(params string[] parts) => Path.Combine([Shared, "fixtures", .. parts]);

    public static string Dataset(string name) => Path.Combine(Shared, "datasets", name);

    public static string Sample(string name) => Path.Combine(Root, "samples", name);
}
