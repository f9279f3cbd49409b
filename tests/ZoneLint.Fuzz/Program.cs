using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ZoneLint.Fuzz;

// A mutation fuzzer for the parser and the lint. See docs/fuzzing.md.
var settings = FuzzSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine(FuzzSettings.Usage);
    return 2;
}

return new Fuzzer(settings).Run();

/// <summary>Command-line settings of the fuzzer.</summary>
internal sealed record FuzzSettings
{
    public const string Usage =
        "usage: ZoneLint.Fuzz [--seconds N] [--seed N] [--timeout-ms N] [--max-length BYTES] [--seeds DIR]... [--out DIR] [--no-minimize]\n" +
        "  Mutates seed zones (zones/, ../shared/corpus, the saved reproducers, and any --seeds DIR) for N seconds (default 60),\n" +
        "  runs each input through parse and lint on a worker watched by a timeout, and saves every input that throws, hangs,\n" +
        "  gives a location outside itself or reads differently in parallel pieces or small chunks to --out (default\n" +
        "  tests/ZoneLint.Tests/FuzzRegressions). Exit code 1 when it finds one.";

    public double Seconds { get; init; } = 60;

    public int Seed { get; init; } = Environment.TickCount;

    public int TimeoutMilliseconds { get; init; } = 5000;

    public int MaxLength { get; init; } = 256 * 1024;

    public List<string> SeedDirectories { get; } = [];

    public string? Output { get; init; }

    public bool Minimize { get; init; } = true;

    public static FuzzSettings? Parse(string[] args)
    {
        var settings = new FuzzSettings();
        var seeds = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--seconds" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s > 0:
                    settings = settings with { Seconds = s };
                    i++;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seed):
                    settings = settings with { Seed = seed };
                    i++;
                    break;
                case "--timeout-ms" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int t) && t > 0:
                    settings = settings with { TimeoutMilliseconds = t };
                    i++;
                    break;
                case "--max-length" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m > 0:
                    settings = settings with { MaxLength = m };
                    i++;
                    break;
                case "--seeds" when value is not null:
                    seeds.Add(value);
                    i++;
                    break;
                case "--out" when value is not null:
                    settings = settings with { Output = value };
                    i++;
                    break;
                case "--no-minimize":
                    settings = settings with { Minimize = false };
                    break;
                default:
                    return null;
            }
        }

        settings.SeedDirectories.AddRange(seeds);
        return settings;
    }
}

/// <summary>The fuzzing loop: pick seeds, mutate, run on the watched worker, save and report what breaks.</summary>
internal sealed class Fuzzer(FuzzSettings settings)
{
    private readonly Random random = new(settings.Seed);
    private readonly HashSet<string> knownFindings = new(StringComparer.Ordinal);
    private readonly string root = FindRepositoryRoot();
    private Worker worker = new();
    private int findings;

    public int Run()
    {
        string output = settings.Output ?? Path.Combine(root, "tests", "ZoneLint.Tests", "FuzzRegressions");
        var seeds = LoadSeeds(output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {seeds.Count} seeds, {settings.Seconds} s, seed {settings.Seed}, timeout {settings.TimeoutMilliseconds} ms per input"));
        var mutator = new Mutator(random, settings.MaxLength);
        var clock = Stopwatch.StartNew();
        var budget = TimeSpan.FromSeconds(settings.Seconds);
        long inputs = 0;

        // The seeds themselves first: a saved reproducer that still fails is reported before anything new.
        var queue = new Queue<byte[]>(seeds);
        while (clock.Elapsed < budget)
        {
            byte[] input = queue.Count > 0
                ? queue.Dequeue()
                : mutator.Mutate(seeds[random.Next(seeds.Count)], random.Next(8) == 0 ? seeds[random.Next(seeds.Count)] : null);
            inputs++;
            var outcome = worker.Run(input, settings.TimeoutMilliseconds);
            if (outcome.Kind == OutcomeKind.Hang)
            {
                // The worker cannot be stopped: save the input, report, and end the run.
                Save(output, "hang", input, $"no result after {settings.TimeoutMilliseconds} ms");
                break;
            }

            if (outcome.Kind != OutcomeKind.Ok && knownFindings.Add(outcome.Key))
            {
                byte[] reproducer = settings.Minimize ? Minimize(input, outcome.Key) : input;
                string kind = outcome.Kind == OutcomeKind.Crash ? "crash"
                    : outcome.Key.StartsWith("location:read in pieces", StringComparison.Ordinal) ? "pieces"
                    : outcome.Key.StartsWith("location:read in chunks", StringComparison.Ordinal) ? "chunks"
                    : "location";
                Save(output, kind, reproducer, outcome.Detail);
            }
        }

        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: {inputs} inputs in {seconds:F1} s ({inputs / Math.Max(seconds, 0.001):F0}/s), {findings} finding(s)"));
        return findings == 0 ? 0 : 1;
    }

    private List<byte[]> LoadSeeds(string output)
    {
        var directories = new List<string> { Path.Combine(root, "zones"), Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus")), output };
        directories.AddRange(settings.SeedDirectories);
        var seeds = new List<byte[]>();
        foreach (string directory in directories.Where(Directory.Exists))
        {
            foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                string ext = Path.GetExtension(file);
                var info = new FileInfo(file);
                if (ext is ".tsv" or ".md" || info.Length > settings.MaxLength || info.LinkTarget is not null)
                {
                    continue;
                }

                seeds.Add(File.ReadAllBytes(file));
            }
        }

        if (seeds.Count == 0)
        {
            seeds.Add("$ORIGIN example.\n$TTL 1h\n@ SOA ns h 1 2 3 4 5\n@ NS ns\nns A 192.0.2.1\n"u8.ToArray());
        }

        return seeds;
    }

    /// <summary>Removes lines, then ever smaller byte ranges, while the input still fails the same way.</summary>
    private byte[] Minimize(byte[] input, string key)
    {
        int attempts = 0;
        bool StillFails(byte[] candidate)
        {
            attempts++;
            var outcome = worker.Run(candidate, settings.TimeoutMilliseconds);
            if (outcome.Kind == OutcomeKind.Hang)
            {
                worker = new Worker(); // abandon the stuck one
                return false;
            }

            return outcome.Key == key;
        }

        var current = input;
        for (int chunk = Math.Max(1, current.Length / 2); chunk >= 1 && attempts < 2000; chunk /= 2)
        {
            bool removed = true;
            while (removed && attempts < 2000)
            {
                removed = false;
                for (int start = 0; start < current.Length && attempts < 2000; start += chunk)
                {
                    int length = Math.Min(chunk, current.Length - start);
                    var candidate = new byte[current.Length - length];
                    current.AsSpan(0, start).CopyTo(candidate);
                    current.AsSpan(start + length).CopyTo(candidate.AsSpan(start));
                    if (StillFails(candidate))
                    {
                        current = candidate;
                        removed = true;
                    }
                }
            }
        }

        return current;
    }

    private void Save(string directory, string kind, byte[] input, string detail)
    {
        findings++;
        Directory.CreateDirectory(directory);
        string name = kind + "-" + Convert.ToHexStringLower(SHA256.HashData(input))[..12] + ".zone";
        string path = Path.Combine(directory, name);
        File.WriteAllBytes(path, input);
        Console.WriteLine($"fuzz: FOUND {kind}: saved {input.Length} bytes as {Path.GetRelativePath(root, path)}");
        Console.WriteLine("  " + detail.ReplaceLineEndings("\n  "));
        string shown = Encoding.UTF8.GetString(input.AsSpan(0, Math.Min(input.Length, 600)));
        Console.WriteLine("  input (escaped): " + Escape(shown) + (input.Length > 600 ? " …" : string.Empty));
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            _ = c switch
            {
                '\n' => sb.Append("\\n"),
                '\r' => sb.Append("\\r"),
                '\t' => sb.Append("\\t"),
                < ' ' or '\uFFFD' => sb.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => sb.Append(c),
            };
        }

        return sb.ToString();
    }

    private static string FindRepositoryRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ZoneLint.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

internal enum OutcomeKind
{
    Ok,
    Crash,
    Location,
    Hang,
}

/// <summary>What one input did; <see cref="Key"/> groups findings with the same cause.</summary>
internal readonly record struct Outcome(OutcomeKind Kind, string Key, string Detail);

/// <summary>
/// Runs inputs one at a time on its own thread, so the caller can give up on one after a timeout (a hang) while the
/// thread, which .NET cannot abort, is left behind as a background thread.
/// </summary>
internal sealed class Worker
{
    private readonly SemaphoreSlim start = new(0);
    private readonly SemaphoreSlim done = new(0);
    private byte[] input = [];
    private Outcome outcome;

    public Worker()
    {
        new Thread(Loop) { IsBackground = true, Name = "fuzz worker" }.Start();
    }

    public Outcome Run(byte[] data, int timeoutMilliseconds)
    {
        input = data;
        start.Release();
        return done.Wait(timeoutMilliseconds) ? outcome : new Outcome(OutcomeKind.Hang, "hang", "hang");
    }

    private void Loop()
    {
        while (true)
        {
            start.Wait();
            try
            {
                outcome = FuzzTarget.Run(input) is { } violation
                    ? new Outcome(OutcomeKind.Location, "location:" + violation.Key, violation.Message)
                    : new Outcome(OutcomeKind.Ok, string.Empty, string.Empty);
            }
            catch (Exception e)
            {
                // Same exception type thrown from the same place: the same bug.
                string frame = e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("ZoneLint.", StringComparison.Ordinal))?.Trim() ?? string.Empty;
                outcome = new Outcome(OutcomeKind.Crash, $"crash:{e.GetType().FullName}:{frame}", e.ToString());
            }

            done.Release();
        }
    }
}
