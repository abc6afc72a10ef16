using System.CommandLine;
using DivPO.Core.Guards;
using DivPO.Core.Input;

namespace DivPO.Cli.Commands;

/// <summary>Guards that keep templated and degenerate responses from being chosen (docs/guards.md).</summary>
internal static class GuardOptions
{
    public static readonly Option<string[]> Guards = new("--guard")
    {
        Description = "Guards against junk on the chosen side: cross-pool, degenerate (both by default), or none. Repeat or comma-separate.",
        DefaultValueFactory = _ => [CrossPoolGuard.GuardName, DegenerateGuard.GuardName],
        AllowMultipleArgumentsPerToken = true,
    };

    public static readonly Option<bool> GuardRejected = new("--guard-rejected")
    {
        Description = "Let guarded responses be picked as rejected (most rewarded first): the high-reward junk a model should learn to avoid.",
        DefaultValueFactory = _ => true,
    };

    public static readonly Option<int> MinPools = new("--guard-min-pools")
    {
        Description = "cross-pool: a text (case and whitespace normalised) found in at least this many pools is templated.",
        DefaultValueFactory = _ => CrossPoolGuard.DefaultMinPools,
    };

    public static readonly Option<int> MinWordCharacters = new("--guard-min-word-chars")
    {
        Description = "degenerate: fewer word characters than this is (near-)empty.",
        DefaultValueFactory = _ => new DegenerateThresholds().MinWordCharacters,
    };

    public static readonly Option<double> MaxNonWordShare = new("--guard-max-nonword-share")
    {
        Description = "degenerate: a higher share of non-space characters outside words is symbol soup.",
        DefaultValueFactory = _ => new DegenerateThresholds().MaxNonWordShare,
    };

    public static readonly Option<double> MaxRepeatedNgramShare = new("--guard-max-repeated-ngrams")
    {
        Description = "degenerate: a higher share of repeated word 4-grams (in responses of 16+ 4-grams) is a loop.",
        DefaultValueFactory = _ => new DegenerateThresholds().MaxRepeatedNgramShare,
    };

    private static readonly string[] Known = [CrossPoolGuard.GuardName, DegenerateGuard.GuardName, "none"];

    static GuardOptions()
    {
        Guards.Validators.Add(result =>
        {
            var names = Names(result.GetValueOrDefault<string[]>() ?? []);
            foreach (var unknown in names.Except(Known))
            {
                result.AddError($"Unknown guard '{unknown}'; use {string.Join(", ", Known)}.");
            }

            if (names.Contains("none") && names.Count > 1)
            {
                result.AddError("--guard none cannot be combined with other guards.");
            }
        });
        MinPools.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 2)
            {
                r.AddError("--guard-min-pools must be at least 2.");
            }
        });
        foreach (var share in new[] { MaxNonWordShare, MaxRepeatedNgramShare })
        {
            share.Validators.Add(r =>
            {
                var value = r.GetValueOrDefault<double>();
                if (!(value >= 0 && value <= 1))
                {
                    r.AddError($"{share.Name} must be in [0, 1], got {value}.");
                }
            });
        }
    }

    public static void AddTo(Command command)
    {
        foreach (var option in new Option[] { Guards, GuardRejected, MinPools, MinWordCharacters, MaxNonWordShare, MaxRepeatedNgramShare })
        {
            command.Options.Add(option);
        }
    }

    public static bool GuardedAsRejected(ParseResult parse) => parse.GetValue(GuardRejected);

    /// <summary>The guards asked for, in the order they are checked; cross-pool reads the input once first.</summary>
    public static async Task<IReadOnlyList<IResponseGuard>> CreateAsync(
        ParseResult parse, Func<IAsyncEnumerable<PoolReadItem>> firstPass, CancellationToken cancellationToken)
    {
        var names = Names(parse.GetValue(Guards) ?? []);
        var guards = new List<IResponseGuard>();
        if (names.Contains(CrossPoolGuard.GuardName))
        {
            var index = await TemplatedTextIndex.BuildAsync(firstPass(), cancellationToken);
            guards.Add(new CrossPoolGuard(index, parse.GetValue(MinPools)));
        }

        if (names.Contains(DegenerateGuard.GuardName))
        {
            guards.Add(new DegenerateGuard(new DegenerateThresholds
            {
                MinWordCharacters = parse.GetValue(MinWordCharacters),
                MaxNonWordShare = parse.GetValue(MaxNonWordShare),
                MaxRepeatedNgramShare = parse.GetValue(MaxRepeatedNgramShare),
            }));
        }

        return guards;
    }

    public static bool NeedsFirstPass(ParseResult parse) => Names(parse.GetValue(Guards) ?? []).Contains(CrossPoolGuard.GuardName);

    private static List<string> Names(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
}
