namespace DivPO.Core.Input;

/// <summary>
/// Which input fields (JSON properties or CSV columns) hold the prompt, the response text, the reward and the
/// prompt id. A null name means the standard one: <c>prompt</c>; <c>text</c>, else <c>response</c>, else
/// <c>content</c>, else <c>completion</c>; <c>reward</c>; <c>prompt_id</c>. A name given here replaces the
/// standard names (aliases included).
/// <para>
/// In grouped JSONL, <see cref="Response"/> and <see cref="Reward"/> name the fields inside each response
/// object; the array names <c>responses</c> and <c>rewards</c> (RLHFlow's parallel layout) are fixed.
/// </para>
/// </summary>
public sealed record FieldNames(string? Prompt = null, string? Response = null, string? Reward = null, string? Id = null);
