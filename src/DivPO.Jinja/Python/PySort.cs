namespace DivPO.Jinja.Python;

/// <summary>
/// Python's <c>sorted(items, key=..., reverse=...)</c>: stable, comparing only with <c>&lt;</c> and in Python's order
/// (binary insertion within short runs, merges that take from the right only when strictly less), so the same
/// pair fails with the same TypeError as in Python. <c>reverse</c> keeps equal items in their original order.
/// </summary>
internal static class PySort
{
    private const int RunLength = 64;

    public static List<object?> Sorted(IEnumerable<object?> items, Func<object?, object?> key, bool reverse)
    {
        var entries = items.Select(item => (Key: key(item), Item: item)).ToArray();
        if (reverse)
            Array.Reverse(entries);
        Sort(entries, 0, entries.Length);
        if (reverse)
            Array.Reverse(entries);
        return entries.Select(e => e.Item).ToList();
    }

    private static void Sort((object? Key, object? Item)[] entries, int start, int end)
    {
        if (end - start <= RunLength)
        {
            BinaryInsertionSort(entries, start, end);
            return;
        }
        var middle = start + (end - start) / 2;
        Sort(entries, start, middle);
        Sort(entries, middle, end);
        Merge(entries, start, middle, end);
    }

    private static void BinaryInsertionSort((object? Key, object? Item)[] entries, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var pivot = entries[i];
            int low = start, high = i;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (PyOrdering.Less(pivot.Key, entries[middle].Key))
                    high = middle;
                else
                    low = middle + 1;
            }
            Array.Copy(entries, low, entries, low + 1, i - low);
            entries[low] = pivot;
        }
    }

    private static void Merge((object? Key, object? Item)[] entries, int start, int middle, int end)
    {
        var left = entries[start..middle];
        int l = 0, r = middle, target = start;
        while (l < left.Length && r < end)
            entries[target++] = PyOrdering.Less(entries[r].Key, left[l].Key) ? entries[r++] : left[l++];
        while (l < left.Length)
            entries[target++] = left[l++];
    }
}
