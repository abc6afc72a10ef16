using System.Text;

namespace DivPO.Core.Input;

/// <summary>The field names a reader looks for, resolved from <see cref="FieldNames"/> and kept as UTF-8 for lookups.</summary>
internal sealed class InputFields(FieldNames names)
{
    public static readonly FieldName Responses = new("responses");
    public static readonly FieldName Rewards = new("rewards");
    public static readonly FieldName LogProb = new("logprob");
    public static readonly FieldName TokenLogprobs = new("token_logprobs");
    public static readonly FieldName[] Generator = [new("generator"), new("model")];
    public static readonly FieldName Role = new("role");
    public static readonly FieldName Content = new("content");

    public FieldNames Names { get; } = names;

    public FieldName Id { get; } = new(names.Id ?? "prompt_id");

    public FieldName Prompt { get; } = new(names.Prompt ?? "prompt");

    /// <summary>The response text field, or its aliases in order of preference.</summary>
    public FieldName[] Text { get; } = names.Response is { } text ? [new(text)] : [new("text"), new("response"), new("content"), new("completion")];

    public FieldName Reward { get; } = new(names.Reward ?? "reward");

    /// <summary>The text field names quoted, for messages.</summary>
    public string DescribeText() => string.Join(", ", Text.Select(field => $"'{field}'"));
}

/// <summary>A field name with its UTF-8 bytes, for allocation-free JSON property lookups.</summary>
internal sealed class FieldName(string name)
{
    public string Name { get; } = name;

    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(name);

    public override string ToString() => Name;
}
