using System.CommandLine;
using DivPO.Cli.Commands;
using DivPO.Cli.Hosting;

var root = new RootCommand("divpo: build diverse preference-pair datasets (DivPO) for LLM post-training.")
{
    BuildCommand.Create(),
};
root.Options.Add(Logging.Verbosity);
root.Options.Add(Logging.Format);
return await root.Parse(args).InvokeAsync();
