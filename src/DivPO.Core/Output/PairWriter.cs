using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DivPO.Core.Pools;

namespace DivPO.Core.Output;

/// <summary>
/// Writes pairs as JSONL that TRL's DPOTrainer and OpenRLHF read as-is: <c>prompt</c>, <c>chosen</c>,
/// <c>rejected</c>, then provenance (<c>prompt_id</c>, rewards, diversities, strategy, criterion).
/// </summary>
public sealed class PairWriter(Stream destination, PairFormat format, string strategy, string criterion)
{
    // Readable UTF-8 (no \u escapes of non-ASCII text); control characters and quotes are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    public void Write(PreferencePair pair)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("prompt_id", pair.Pool.PromptId);
            WritePrompt(json, pair.Pool.Prompt);
            WriteCompletion(json, "chosen", pair.Chosen.Text);
            WriteCompletion(json, "rejected", pair.Rejected.Text);
            json.WriteNumber("chosen_reward", pair.Chosen.Reward!.Value);
            json.WriteNumber("rejected_reward", pair.Rejected.Reward!.Value);
            json.WriteNumber("chosen_diversity", pair.ChosenDiversity);
            json.WriteNumber("rejected_diversity", pair.RejectedDiversity);
            json.WriteString("strategy", strategy);
            json.WriteString("criterion", criterion);
            if (pair.RejectedGuard is not null)
            {
                json.WriteString("rejected_guard", pair.RejectedGuard);
            }

            json.WriteEndObject();
        }

        destination.Write(_buffer.WrittenSpan);
        destination.WriteByte((byte)'\n');
    }

    private void WritePrompt(Utf8JsonWriter json, Prompt prompt)
    {
        if (prompt.Messages is null && format == PairFormat.Standard)
        {
            json.WriteString("prompt", prompt.Text);
            return;
        }

        json.WriteStartArray("prompt");
        foreach (var message in prompt.AsMessages())
        {
            WriteMessage(json, message.Role, message.Content);
        }

        json.WriteEndArray();
    }

    private void WriteCompletion(Utf8JsonWriter json, string name, string text)
    {
        if (format == PairFormat.Standard)
        {
            json.WriteString(name, text);
            return;
        }

        json.WriteStartArray(name);
        WriteMessage(json, "assistant", text);
        json.WriteEndArray();
    }

    private static void WriteMessage(Utf8JsonWriter json, string role, string content)
    {
        json.WriteStartObject();
        json.WriteString("role", role);
        json.WriteString("content", content);
        json.WriteEndObject();
    }
}
