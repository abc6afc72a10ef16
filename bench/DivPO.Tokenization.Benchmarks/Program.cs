using DivPO.Benchmarks.Tokenization;

// dotnet run -c Release --project bench/DivPO.Tokenization.Benchmarks [-- tokenization]
string which = args.FirstOrDefault() ?? "tokenization";
switch (which)
{
    case "tokenization":
        TokenizationThroughput.Run(Console.Out);
        return 0;
    default:
        Console.Error.WriteLine($"unknown benchmark '{which}' (known: tokenization)");
        return 2;
}
