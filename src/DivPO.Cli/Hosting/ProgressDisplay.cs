using System.CommandLine;
using System.Diagnostics;
using DivPO.Core.Pipeline;

namespace DivPO.Cli.Hosting;

/// <summary>
/// One self-rewriting status line on stderr while a run goes on, only when stderr is a terminal: pipelines and
/// CI logs stay clean. Redrawn at most ten times a second so it never slows the run.
/// </summary>
public sealed class ProgressDisplay : IProgress<RunSummary>, IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawMs = -1000;
    private bool _drawn;

    private ProgressDisplay()
    {
    }

    /// <summary>A display when stderr is an interactive terminal and logs are text and not quiet, else null.</summary>
    public static ProgressDisplay? For(ParseResult parse, Option<bool> noProgress) =>
        !parse.GetValue(noProgress) && !Logging.IsQuiet(parse) && !Logging.IsJson(parse) && !Console.IsErrorRedirected
            ? new ProgressDisplay()
            : null;

    public void Report(RunSummary value)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawMs < 100)
        {
            return;
        }

        _lastDrawMs = now;
        _drawn = true;
        var rate = value.PoolsRead / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        Console.Error.Write($"\r  pools {value.PoolsRead:N0}  pairs {value.PairsWritten:N0}  rejected {value.RecordsRejected.Values.Sum():N0}  {rate:N0} pools/s ");
    }

    public void Dispose()
    {
        if (_drawn)
        {
            Console.Error.Write("\r\u001b[2K");
        }
    }
}
