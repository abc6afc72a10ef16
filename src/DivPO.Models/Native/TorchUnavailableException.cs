namespace DivPO.Models.Native;

/// <summary>TorchSharp's native libraries could not be loaded; the message says what is missing.</summary>
public sealed class TorchUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
