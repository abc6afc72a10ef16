namespace DivPO.Core.Input;

/// <summary>
/// How the records of a pool are laid out in their input: what <see cref="PoolRewriter"/> needs to write them
/// back in kind. One instance is shared by every pool of a read.
/// </summary>
/// <param name="Format">The format the input was read as (never <see cref="InputFormat.Auto"/>).</param>
/// <param name="Fields">The field mapping the input was read with.</param>
/// <param name="Header">The CSV header; null for JSONL.</param>
public sealed record InputLayout(InputFormat Format, FieldNames Fields, CsvHeader? Header = null);

/// <summary>A CSV header row: its raw text (without line terminator) and its column names.</summary>
public sealed record CsvHeader(string Raw, IReadOnlyList<string> Columns)
{
    /// <summary>The index of the first column named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var index = 0; index < Columns.Count; index++)
        {
            if (Columns[index] == name)
            {
                return index;
            }
        }

        return -1;
    }
}
