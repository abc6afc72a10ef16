namespace DivPO.Models.Checkpoints;

/// <summary>A checkpoint folder cannot be used; the message names the file, field or tensor at fault.</summary>
public sealed class ModelLoadException(string message, Exception? inner = null) : Exception(message, inner);
