namespace DivPO.Core.Input;

/// <summary>The layouts divpo reads. <see cref="Auto"/> detects them (see below).</summary>
public enum InputFormat
{
    /// <summary>
    /// CSV when the name ends in <c>.csv</c> or <c>.csv.gz</c>; otherwise JSONL, grouped when the first record
    /// that is a JSON object has a <c>responses</c> list, else flat.
    /// </summary>
    Auto,

    /// <summary>
    /// One pool per line: <c>{"prompt_id"?, "prompt", "responses": [...], "rewards"?: [...]}</c>. The prompt is a
    /// string or a list of <c>{role, content}</c> messages; a missing <c>prompt_id</c> (string or integer) is
    /// derived from the prompt (<see cref="Pools.PromptIds"/>). A response is a string or an object with its text
    /// in <c>text</c> (or <c>response</c>, <c>content</c>, <c>completion</c>), and optionally <c>reward</c>,
    /// <c>logprob</c>, <c>token_logprobs</c> and <c>generator</c> or <c>model</c>; other fields are kept in the
    /// raw record. <c>rewards</c> (RLHFlow's layout) gives one reward per response, for those whose object
    /// has no reward field.
    /// </summary>
    GroupedJsonl,

    /// <summary>
    /// One response per line: <c>{"prompt_id"?, "prompt", "response", "reward"?, ...}</c> with the response fields
    /// of <see cref="GroupedJsonl"/>, grouped into pools by prompt id, or by prompt when there is none, whether a
    /// pool's lines are consecutive or not. A pool is yielded once its last line has been read, so pools come in
    /// the order of their last lines: the order of first appearance when pools are consecutive.
    /// </summary>
    FlatJsonl,

    /// <summary>
    /// The flat layout as CSV columns with a header row, grouped as <see cref="FlatJsonl"/>; a record's line is
    /// the physical line it starts on.
    /// </summary>
    Csv,
}
