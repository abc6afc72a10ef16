namespace DivPO.Core.Input;

/// <summary>
/// Which input fields hold the prompt, response text, reward and prompt id. A null name means
/// "the standard names": <c>prompt</c>; <c>text</c>/<c>response</c>/<c>content</c>/<c>completion</c>;
/// <c>reward</c>; <c>prompt_id</c>.
/// </summary>
public sealed record FieldNames(string? Prompt = null, string? Response = null, string? Reward = null, string? Id = null);
