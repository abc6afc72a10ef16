namespace DivPO.Models.Inference;

/// <summary>Checks token ids before they reach libtorch, whose out-of-range errors are cryptic.</summary>
internal static class TokenIds
{
    public static void Validate(IReadOnlyList<IReadOnlyList<int>> sequences, int vocabularySize, int minimumLength)
    {
        for (var i = 0; i < sequences.Count; i++)
        {
            if (sequences[i].Count < minimumLength)
                throw new ArgumentException($"sequence {i} has {sequences[i].Count} tokens; at least {minimumLength} needed");
            foreach (var id in sequences[i])
                if (id < 0 || id >= vocabularySize)
                    throw new ArgumentException($"sequence {i} has token id {id}, outside the model's vocabulary of {vocabularySize}");
        }
    }
}
