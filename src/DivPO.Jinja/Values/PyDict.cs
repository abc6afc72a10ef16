using System.Collections;
using DivPO.Jinja.Python;

namespace DivPO.Jinja.Values;

/// <summary>
/// A Python dict: insertion-ordered, keys compared with Python equality (so <c>1</c>, <c>1.0</c> and
/// <c>true</c> are the same key) and <c>none</c> allowed as a key.
/// </summary>
internal sealed class PyDict : IEnumerable<KeyValuePair<object?, object?>>
{
    // OrderedDictionary rejects null keys; None is stored under this stand-in.
    private static readonly object NoneKey = new();

    private readonly OrderedDictionary<object, object?> _entries;

    public PyDict(int capacity = 0) => _entries = new OrderedDictionary<object, object?>(capacity, PyKeyComparer.Instance);

    public int Count => _entries.Count;

    public IEnumerable<object?> Keys => _entries.Keys.Select(Unwrap);

    public IEnumerable<object?> Values => _entries.Values;

    public bool TryGetValue(object? key, out object? value)
    {
        if (key is not null && !PyKeyComparer.IsHashable(key))
        {
            value = null;
            return false;
        }
        return _entries.TryGetValue(Wrap(key), out value);
    }

    public bool ContainsKey(object? key) => TryGetValue(key, out _);

    public void Set(object? key, object? value)
    {
        if (key is not null && !PyKeyComparer.IsHashable(key))
            throw new TemplateError($"unhashable type: '{PyTypes.NameOf(key)}'");
        _entries[Wrap(key)] = value;
    }

    public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator()
    {
        foreach (var (key, value) in _entries)
            yield return new KeyValuePair<object?, object?>(Unwrap(key), value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object Wrap(object? key) => key ?? NoneKey;

    private static object? Unwrap(object key) => ReferenceEquals(key, NoneKey) ? null : key;
}
