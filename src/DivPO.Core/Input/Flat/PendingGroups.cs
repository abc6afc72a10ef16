using DivPO.Core.Pools;

namespace DivPO.Core.Input.Flat;

/// <summary>The groups of a flat input that have rows but whose last record has not been read yet.</summary>
internal sealed class PendingGroups(InputLayout layout)
{
    // Usually one group per hash; more only when ids collide, kept in order of first appearance.
    private readonly Dictionary<ulong, List<Group>> _byHash = [];
    private long _nextOrdinal;
    private long _nextSequence;

    /// <summary>The line of the group's first row when <paramref name="row"/> joins a group whose prompt differs from its own.</summary>
    public long? LineOfDifferentPrompt(FlatRow row, ulong hash) =>
        Find(row.GroupId, hash) is { } group && !SamePrompt(group.Prompt, row.Prompt) ? group.Source.Line : null;

    public void Add(FlatRow row, ulong hash)
    {
        if (!_byHash.TryGetValue(hash, out var groups))
        {
            _byHash.Add(hash, groups = []);
        }

        var group = Find(row.GroupId, hash);
        if (group is null)
        {
            groups.Add(group = new Group(row.GroupId, row.Prompt, row.Response.Source, _nextSequence++));
        }

        group.Responses.Add(row.Response);
        group.Records.Add(row.Record);
    }

    /// <summary>The pools of every group with <paramref name="hash"/>, now that all their records have been read.</summary>
    public List<Pool> Complete(ulong hash) =>
        _byHash.Remove(hash, out var groups) ? groups.Select(ToPool).ToList() : [];

    /// <summary>The pools of every group left, in order of first appearance.</summary>
    public List<Pool> CompleteAll()
    {
        var pools = _byHash.Values.SelectMany(groups => groups).OrderBy(group => group.Sequence).Select(ToPool).ToList();
        _byHash.Clear();
        return pools;
    }

    private static bool SamePrompt(Prompt a, Prompt b) => a.Text == b.Text && (a.Messages ?? []).SequenceEqual(b.Messages ?? []);

    private Group? Find(string groupId, ulong hash) =>
        _byHash.TryGetValue(hash, out var groups) ? groups.Find(group => group.Id == groupId) : null;

    private Pool ToPool(Group group) => new()
    {
        Ordinal = _nextOrdinal++,
        PromptId = group.Id,
        Prompt = group.Prompt,
        Responses = group.Responses,
        Source = group.Source,
        Records = group.Records,
        Layout = layout,
    };

    private sealed record Group(string Id, Prompt Prompt, SourceLocation Source, long Sequence)
    {
        public List<Response> Responses { get; } = [];

        public List<SourceRecord> Records { get; } = [];
    }
}
