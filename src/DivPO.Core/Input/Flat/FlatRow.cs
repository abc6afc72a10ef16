using DivPO.Core.Pools;

namespace DivPO.Core.Input.Flat;

/// <summary>One record of a flat input: a response, the prompt it answers, and the pool it belongs to.</summary>
/// <param name="GroupId">The record's prompt id, or one derived from its prompt; also the pool's id.</param>
internal sealed record FlatRow(string GroupId, Prompt Prompt, Response Response, SourceRecord Record);
