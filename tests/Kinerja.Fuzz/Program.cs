using System.Globalization;

namespace Kinerja.Fuzz;

/// <summary>
/// <c>dotnet run -c Release --project tests/Kinerja.Fuzz -- [--inputs N] [--seed S] [--limit-ms MS] [--input I] [--target NAME]</c>:
/// runs a round and prints, per loader, the inputs, how many gave a value, problems, exceptions and
/// inputs over the limit, and the slowest input. Exit code 0 when no loader threw and no input went over
/// the limit, 1 otherwise, 2 for bad arguments.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--time-configuration")
        {
            // Where an appsettings file's time goes: the host's configuration provider, or the library's reading of it.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var root = Microsoft.Extensions.Configuration.JsonConfigurationExtensions.AddJsonStream(new Microsoft.Extensions.Configuration.ConfigurationBuilder(), File.OpenRead(args[1])).Build();
            var built = clock.Elapsed.TotalMilliseconds;
            var section = root.GetSection("Kinerja");
            var walked = Walk(section);
            var walk = clock.Elapsed.TotalMilliseconds - built;
            var options = new Kinerja.Core.DependencyInjection.KinerjaOptions().Read(section);
            var read = clock.Elapsed.TotalMilliseconds - built - walk;
            var valid = options.Validate().IsValid;
            var validate = clock.Elapsed.TotalMilliseconds - built - walk - read;
            Console.WriteLine(FormattableString.Invariant($"build {built:F0} ms; GetChildren over {walked} sections {walk:F0} ms; KinerjaOptions.Read {read:F0} ms; Validate {validate:F0} ms (valid: {valid})"));
            return 0;
        }

        long inputs = 10_000;
        var seed = 1;
        var limit = 2000.0;
        long? only = null;
        string? target = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--inputs":
                    inputs = long.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--limit-ms":
                    limit = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--input":
                    only = long.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--target":
                    target = value;
                    break;
                default:
                    Console.Error.WriteLine("unknown option " + args[i]);
                    return 2;
            }
        }

        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var started = DateTimeOffset.UtcNow;
        Console.WriteLine("Kinerja.Fuzz: " + inputs.ToString(CultureInfo.InvariantCulture) + " inputs, seed " + seed.ToString(CultureInfo.InvariantCulture)
            + ", limit " + limit.ToString(CultureInfo.InvariantCulture) + " ms per input, " + Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)
            + " processors, " + System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription + ", started " + started.ToString("u", CultureInfo.InvariantCulture));
        var reports = FuzzRunner.Run(FuzzTargets.All(seeds), new FuzzSettings(inputs, seed, limit, only, target), Console.Out);
        Console.WriteLine();
        Console.Write(FuzzRunner.Table(reports));
        foreach (var r in reports.Where(r => r.Findings.Count > 0))
        {
            Console.WriteLine();
            Console.WriteLine(r.Name + ":");
            foreach (var f in r.Findings)
            {
                Console.WriteLine("  " + f);
            }
        }

        Console.WriteLine();
        Console.WriteLine("took " + (DateTimeOffset.UtcNow - started).TotalMinutes.ToString("F1", CultureInfo.InvariantCulture) + " min; reproduce one input with --seed "
            + seed.ToString(CultureInfo.InvariantCulture) + " --input I");
        return reports.Any(r => r.Exceptions > 0 || r.OverLimit > 0) ? 1 : 0;
    }

    private static int Walk(Microsoft.Extensions.Configuration.IConfigurationSection section) =>
        1 + section.GetChildren().Sum(Walk);
}
