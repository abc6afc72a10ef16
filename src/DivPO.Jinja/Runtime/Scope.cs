namespace DivPO.Jinja.Runtime;

/// <summary>
/// One level of variables. Jinja's scoping: a for-loop iteration, a macro call and a <c>with</c> block get a
/// child scope, whose assignments vanish with it; <c>if</c> does not (which is why templates need namespace()).
/// </summary>
internal sealed class Scope(Scope? parent, Dictionary<string, object?>? variables = null)
{
    private Dictionary<string, object?>? _variables = variables;

    public Scope? Parent { get; } = parent;

    public bool TryGet(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._variables is not null && scope._variables.TryGetValue(name, out value))
                return true;
        }
        value = null;
        return false;
    }

    public void Set(string name, object? value) => (_variables ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = value;

    /// <summary>Forgets this level's assignments, so a loop reuses one scope object for all its iterations.</summary>
    public void Clear() => _variables?.Clear();
}
