namespace DivPO.Core.Pools;

/// <summary>One turn of a conversation, as in OpenAI / Hugging Face chat messages.</summary>
public sealed record ChatMessage(string Role, string Content);
