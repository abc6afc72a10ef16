using System.CommandLine;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace DivPO.Cli.Hosting;

/// <summary>Diagnostics go to stderr through Serilog, as text for people or compact JSON for pipelines.</summary>
public static class Logging
{
    public static readonly Option<string> Verbosity = new("--verbosity", "-v")
    {
        Description = "How much to log on stderr: quiet, normal, detailed or diagnostic.",
        DefaultValueFactory = _ => "normal",
        Recursive = true,
    };

    public static readonly Option<string> Format = new("--log-format")
    {
        Description = "Log format on stderr: text, or json (one compact JSON event per line, for pipelines).",
        DefaultValueFactory = _ => "text",
        Recursive = true,
    };

    static Logging()
    {
        Verbosity.AcceptOnlyFromAmong("quiet", "normal", "detailed", "diagnostic");
        Format.AcceptOnlyFromAmong("text", "json");
    }

    public static bool IsJson(ParseResult parse) => parse.GetValue(Format) == "json";

    public static bool IsQuiet(ParseResult parse) => parse.GetValue(Verbosity) == "quiet";

    public static Logger Create(ParseResult parse)
    {
        var level = parse.GetValue(Verbosity) switch
        {
            "quiet" => LogEventLevel.Error,
            "detailed" => LogEventLevel.Debug,
            "diagnostic" => LogEventLevel.Verbose,
            _ => LogEventLevel.Information,
        };
        var configuration = new LoggerConfiguration().MinimumLevel.Is(level);
        configuration = IsJson(parse)
            ? configuration.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
            : configuration.WriteTo.Console(
                outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: LogEventLevel.Verbose);
        return configuration.CreateLogger();
    }
}
