using System.CommandLine;
using DivPO.Cli.Commands;
using DivPO.Cli.Hosting;

var root = new RootCommand("divpo: build diverse preference-pair datasets (DivPO) for LLM post-training.")
{
    BuildCommand.Create(),
    ScoreCommand.Create(),
    RenderCommand.Create(),
};
root.Options.Add(Logging.Verbosity);
root.Options.Add(Logging.Format);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // One line per problem on stderr; the full help only on request.
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"divpo: {error.Message}");
    }

    Console.Error.WriteLine($"Run '{string.Join(' ', parse.CommandResult.Command.Parents.OfType<Command>().Reverse().Append(parse.CommandResult.Command).Select(c => c.Name))} --help' for usage.");
    return ExitCodes.Usage;
}

return await parse.InvokeAsync();
