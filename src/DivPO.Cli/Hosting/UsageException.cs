namespace DivPO.Cli.Hosting;

/// <summary>An option combination or path the user must fix; reported without a stack trace, exit code 1.</summary>
public sealed class UsageException(string message) : Exception(message);
