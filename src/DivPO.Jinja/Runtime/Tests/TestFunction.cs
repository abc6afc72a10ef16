namespace DivPO.Jinja.Runtime.Tests;

/// <summary>A test: <c>value is name(arguments)</c>.</summary>
internal delegate bool TestFunction(object? value, Arguments arguments);
