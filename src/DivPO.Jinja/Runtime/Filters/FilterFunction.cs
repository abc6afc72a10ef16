namespace DivPO.Jinja.Runtime.Filters;

/// <summary>A filter: <c>value | name(arguments)</c>.</summary>
internal delegate object? FilterFunction(object? value, Arguments arguments);
