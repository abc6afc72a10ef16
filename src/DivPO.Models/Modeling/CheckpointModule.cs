using DivPO.Models.Checkpoints;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DivPO.Models.Modeling;

/// <summary>
/// A module whose parameters come from a checkpoint, registered under the same dotted names as the
/// Hugging Face state dict (<c>model.layers.0.self_attn.q_proj.weight</c>): the registration name and
/// the checkpoint key are derived from one string, so they cannot drift apart.
/// </summary>
internal abstract class CheckpointModule(string key, LoadContext context) : nn.Module(key)
{
    /// <summary>This module's dotted prefix in the checkpoint; empty for the top-level model.</summary>
    private readonly string _key = key;

    private readonly LoadContext _context = context;

    /// <summary>Creates the child module <paramref name="name"/>, giving it its checkpoint key, and registers it.</summary>
    protected T Child<T>(string name, Func<string, T> create) where T : nn.Module
    {
        var child = create(KeyOf(name));
        register_module(name, child);
        return child;
    }

    /// <summary>
    /// Loads the checkpoint tensor <paramref name="name"/> below this module, checks it has the
    /// <paramref name="shape"/> the config implies, and registers it as a parameter.
    /// </summary>
    protected Tensor Weight(string name, params long[] shape)
    {
        var key = KeyOf(name);
        if (_context.Weights.Contains(key) && _context.Weights.ShapeOf(key) is var stored && !stored.SequenceEqual(shape))
            throw new ModelLoadException(
                $"{_context.Weights.Directory}: tensor '{key}' has shape [{string.Join(", ", stored)}] but config.json implies [{string.Join(", ", shape)}]");
        var tensor = _context.Weights.Take(key, _context.Dtype, _context.Device);
        // The parameter takes over the tensor's native handle, so it is the parameter that must be used from now on.
        var parameter = new Parameter(tensor, requires_grad: false);
        register_parameter(name, parameter);
        return parameter;
    }

    /// <summary>Like <see cref="Weight"/>, or null when <paramref name="present"/> is false (e.g. a bias the family has not).</summary>
    protected Tensor? OptionalWeight(string name, bool present, params long[] shape) => present ? Weight(name, shape) : null;

    /// <summary>
    /// Registration is explicit (<see cref="Child{T}"/>, <see cref="Weight"/>): TorchSharp's default would also
    /// register every tensor field as a buffer under its C# field name.
    /// </summary>
    protected override void RegisterComponents()
    {
    }

    private string KeyOf(string name) => _key.Length == 0 ? name : $"{_key}.{name}";
}

/// <summary>What every module needs while a checkpoint loads.</summary>
internal sealed record LoadContext(ModelConfig Config, DecoderFamily Family, CheckpointWeights Weights, ScalarType Dtype, Device Device);
