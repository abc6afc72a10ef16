namespace DivPO.Cli.Hosting;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad command line or options, a missing input file or model folder.</summary>
    public const int Usage = 1;

    /// <summary>Bad input data (the message names file, line and field).</summary>
    public const int DataError = 2;

    /// <summary>Anything else that stopped the run: I/O failures, a model that cannot be loaded.</summary>
    public const int RuntimeError = 3;

    /// <summary>Interrupted (Ctrl+C / SIGTERM); nothing was written.</summary>
    public const int Cancelled = 130;
}
