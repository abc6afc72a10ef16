namespace DivPO.Core.Pools;

/// <summary>A place in an input file: 1-based line (or CSV record) number, and the JSON path or column within it.</summary>
public readonly record struct SourceLocation(string File, long Line, string? Field = null)
{
    public SourceLocation WithField(string field) => this with { Field = field };

    public override string ToString() => Field is null ? $"{File}:{Line}" : $"{File}:{Line}: field '{Field}'";
}
