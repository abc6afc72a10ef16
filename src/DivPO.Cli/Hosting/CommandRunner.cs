using System.CommandLine;
using DivPO.Core.Pipeline;
using DivPO.Tokenization;
using Serilog;

namespace DivPO.Cli.Hosting;

/// <summary>
/// Runs a command's body with a logger and turns failures into one clear line and the documented exit code.
/// Stack traces are only logged at diagnostic verbosity, for failures that are not the user's input.
/// </summary>
public static class CommandRunner
{
    public static void SetRunner(this Command command, Func<ParseResult, ILogger, CancellationToken, Task> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var logger = Logging.Create(parse);
            try
            {
                await body(parse, logger, cancellationToken);
                return ExitCodes.Success;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                logger.Error("Cancelled; no output was written");
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is UsageException or TokenizationException)
            {
                logger.Error("{Message}", e.Message);
                return ExitCodes.Usage;
            }
            catch (InputDataException e)
            {
                logger.Error("Bad input: {Message} (use --on-error skip to skip such records)", e.Message);
                return ExitCodes.DataError;
            }
            catch (Exception e)
            {
                // Model load failures (ModelLoadException, TorchUnavailableException) say what is wrong in their message.
                logger.Error("{Message}", e.Message);
                logger.Verbose(e, "Details");
                return ExitCodes.RuntimeError;
            }
        });
}
