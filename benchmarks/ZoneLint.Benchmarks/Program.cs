using System.Globalization;
using BenchmarkDotNet.Running;
using ZoneLint.Benchmarks;

// `generate --records N [--seed S] [--origin example.com] [--output FILE]` writes a zone; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "generate")
{
    long records = 100_000;
    int seed = 42;
    string origin = "example.com";
    string? output = null;
    for (int i = 1; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--records": records = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--origin": origin = args[i + 1].TrimEnd('.'); break;
            case "--output": output = args[i + 1]; break;
            default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
        }
    }

    using var writer = output is null ? Console.Out : new StreamWriter(output);
    new ZoneGenerator(seed).Write(writer, origin, records);
    return 0;
}

// `generate-many --zones N --records R --output DIR`: N small zones z0.example … z(N-1).example, one file each.
if (args.Length > 0 && args[0] == "generate-many")
{
    int zones = 10_000;
    long perZone = 50;
    string directory = "zones";
    for (int i = 1; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--zones": zones = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--records": perZone = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--output": directory = args[i + 1]; break;
            default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
        }
    }

    Directory.CreateDirectory(directory);
    for (int z = 0; z < zones; z++)
    {
        string origin = "z" + z.ToString(CultureInfo.InvariantCulture) + ".example";
        using var file = new StreamWriter(Path.Combine(directory, origin + ".zone"));
        new ZoneGenerator(z).Write(file, origin, perZone);
    }

    return 0;
}

// `generate-hostile --output DIR [--records N]`: zones shaped to find work that grows faster than the zone (HostileShapes).
if (args.Length > 0 && args[0] == "generate-hostile")
{
    string directory = "hostile";
    int records = 200_000;
    for (int i = 1; i + 1 < args.Length; i += 2)
    {
        switch (args[i])
        {
            case "--records": records = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
            case "--output": directory = args[i + 1]; break;
            default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
        }
    }

    HostileShapes.Write(directory, records);
    return 0;
}

if (args.Length > 1 && args[0] == "phases")
{
    return PhaseProfile.Run(args[1], args.Length > 3 && args[2] == "--origin" ? args[3] : null);
}

if (args.Length > 1 && args[0] == "compact")
{
    return CompactPrototype.Run(args[1]);
}

BenchmarkSwitcher.FromAssembly(typeof(ZoneGenerator).Assembly).Run(args);
return 0;
