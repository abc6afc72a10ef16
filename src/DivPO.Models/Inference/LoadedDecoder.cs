using DivPO.Models.Checkpoints;
using DivPO.Models.Modeling;
using TorchSharp;
using static TorchSharp.torch;

namespace DivPO.Models.Inference;

/// <summary>A checkpoint loaded for inference: the model, the config it was built from, and the device it lives on.</summary>
internal sealed record LoadedDecoder<T>(ModelConfig Config, T Model, Device Device) : IDisposable where T : nn.Module
{
    /// <summary>Applies <paramref name="settings"/>, then loads <paramref name="directory"/> as a model with <paramref name="head"/>.</summary>
    public static LoadedDecoder<T> Load(string directory, ModelHead head, InferenceSettings settings, Func<LoadContext, T> create)
    {
        var (device, dtype) = settings.Apply();
        var config = ModelConfig.Load(directory);
        return new LoadedDecoder<T>(config, CheckpointLoader.Load(directory, config, head, dtype, device, create), device);
    }

    public void Dispose() => Model.Dispose();
}
