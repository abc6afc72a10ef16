namespace DivPO.Core.Input;

/// <summary>The layouts divpo reads. <see cref="Auto"/> detects from the extension and first record.</summary>
public enum InputFormat
{
    Auto,

    /// <summary>One pool per line: <c>{"prompt", "responses": [...]}</c>.</summary>
    GroupedJsonl,

    /// <summary>One response per line: <c>{"prompt", "response", "reward"?}</c>, grouped by id or prompt.</summary>
    FlatJsonl,

    /// <summary>The flat layout as CSV columns with a header row.</summary>
    Csv,
}
