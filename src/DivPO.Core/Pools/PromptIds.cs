using System.Security.Cryptography;
using System.Text;

namespace DivPO.Core.Pools;

/// <summary>Stable ids for prompts that came without one, so reruns and shards agree.</summary>
public static class PromptIds
{
    /// <summary><c>p-</c> followed by the first 16 hex digits of SHA-256 of the prompt's canonical text.</summary>
    public static string Derive(Prompt prompt)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(prompt.CanonicalText()), hash);
        return "p-" + Convert.ToHexStringLower(hash[..8]);
    }
}
