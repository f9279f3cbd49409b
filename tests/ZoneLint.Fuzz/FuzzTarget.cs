using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Fuzz;

/// <summary>
/// What every input must satisfy, whatever its bytes: parsing and the whole lint (<see cref="ZoneLinter.Default"/>)
/// return without an exception, and every location they give (of a diagnostic, a related location, a record or its
/// RDATA) points inside the input: a line within the line count, a column within the line's length plus one. Every
/// record read can be printed. Read in pieces on several threads, the input gives what it gives read on one.
/// </summary>
/// <remarks>
/// Shared by the fuzzer and by the tests (linked there): the property tests, the hostile-input tests and the replay
/// of saved reproducers all check these same invariants. Exceptions propagate to the caller, which reports them.
/// </remarks>
public static class FuzzTarget
{
    /// <summary>The two ways an input is read: with a known origin (relative names allowed) and without one.</summary>
    public static readonly IReadOnlyList<ZoneParseOptions> Variants =
    [
        ZoneParseOptions.Default with { Origin = DomainName.Parse("example.") },
        ZoneParseOptions.Default,
    ];

    /// <summary>Parses and lints <paramref name="input"/> in each of the <see cref="Variants"/>; returns the first broken invariant, or <see langword="null"/>.</summary>
    public static Violation? Run(ReadOnlyMemory<byte> input)
    {
        var lines = LineLengths(input.Span);
        foreach (var options in Variants)
        {
            var parsed = ZoneParser.Parse(input, options);
            var result = ZoneLinter.Default.Lint(parsed);
            string variant = options.Origin is null ? "without an origin" : $"with origin {options.Origin}";
            if ((Check(parsed, result, lines)
                ?? ReadsTheSameInPieces(input, options, parsed, [2 + (input.Length % 6)])
                ?? ReadsTheSameInChunks(input, options, [1 + (input.Length % 97)])) is { } problem)
            {
                return problem with { Message = $"{problem.Message} (read {variant})" };
            }
        }

        return null;
    }

    /// <summary>
    /// Reads <paramref name="input"/> cut into each of <paramref name="pieceCounts"/> pieces (default 2, 3 and 7) read in
    /// parallel and compares each reading with <paramref name="whole"/>, read on one thread: records, diagnostics,
    /// pragmas and the zone's nodes.
    /// </summary>
    public static Violation? ReadsTheSameInPieces(ReadOnlyMemory<byte> input, ZoneParseOptions options, ParseResult whole, int[]? pieceCounts = null)
    {
        string expected = Describe(whole);
        foreach (int pieces in pieceCounts ?? [2, 3, 7])
        {
            // As many threads as pieces; then two threads sharing them, which take pieces from each other as they finish.
            foreach (int threads in new[] { pieces, 2 }.Distinct())
            {
                var inPieces = options with { MaxParallelism = threads, ParallelPieceBytes = Math.Max(1, input.Length / (pieces + 1)) };
                var parsed = ZoneParser.Parse(input, inPieces);
                string actual = Describe(parsed);
                if (actual != expected)
                {
                    return new Violation("read in pieces: differs", $"read in {pieces} pieces on {threads} threads the input gives '{FirstDifference(actual, expected, out string wholeLine)}' where read whole it gives '{wholeLine}'");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Writes <paramref name="input"/> to a file and reads it through buffers of each of <paramref name="chunkSizes"/>
    /// bytes (default 1, 13 and 100), on one thread and in pieces on several, comparing each reading with the file's
    /// bytes read whole: records, diagnostics, pragmas and the zone's nodes.
    /// </summary>
    public static Violation? ReadsTheSameInChunks(ReadOnlyMemory<byte> input, ZoneParseOptions options, int[]? chunkSizes = null)
    {
        string directory = Path.Combine(Path.GetTempPath(), "zonelint-chunks-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, "input.zone");
            File.WriteAllBytes(path, input.ToArray());
            string expected = Describe(ZoneParser.Parse(input, options with { FileName = path, MaxParallelism = 1 }));
            foreach (int size in chunkSizes ?? [1, 13, 100])
            {
                string actual = Describe(ZoneParser.ParseFile(path, options with { ReadChunkBytes = size, MaxParallelism = 1 }));
                if (actual != expected)
                {
                    return new Violation("read in chunks: differs", $"read through {size}-byte chunks the input gives '{FirstDifference(actual, expected, out string whole)}' where read whole it gives '{whole}'");
                }

                // Each thread of a parallel read reads its piece of the file through a buffer of its own.
                int pieces = 2 + (size % 3);
                actual = Describe(ZoneParser.ParseFile(path, options with { ReadChunkBytes = size, MaxParallelism = pieces, ParallelPieceBytes = Math.Max(1, input.Length / (pieces + 1)) }));
                if (actual != expected)
                {
                    return new Violation("read in chunks: differs", $"read in {pieces} pieces through {size}-byte chunks the input gives '{FirstDifference(actual, expected, out string whole)}' where read whole it gives '{whole}'");
                }
            }

            return null;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string FirstDifference(string actual, string expected, out string expectedLine)
    {
        int at = 0;
        while (at < Math.Min(actual.Length, expected.Length) && actual[at] == expected[at])
        {
            at++;
        }

        int line = expected.AsSpan(0, at).Count('\n');
        expectedLine = expected.Split('\n').ElementAtOrDefault(line) ?? "(nothing)";
        return actual.Split('\n').ElementAtOrDefault(line) ?? "(nothing)";
    }

    /// <summary>Whether two records are one record read, copied: the same name and RDATA instances at the same places.</summary>
    /// <remarks>Not <c>==</c>, which compares RDATA by content: per record of a node, that made the fuzz 2.6 times slower.</remarks>
    private static bool IsSameRead(ResourceRecord a, ResourceRecord b) =>
        ReferenceEquals(a.Data, b.Data) && ReferenceEquals(a.Owner, b.Owner) && a.Ttl == b.Ttl && a.Location.Equals(b.Location) && a.DataLocation.Equals(b.DataLocation);

    /// <summary>Everything a reading gives, one line each, in order; names as spelled.</summary>
    public static string Describe(ParseResult parsed)
    {
        var text = new System.Text.StringBuilder();
        var zone = parsed.Zone;
        text.Append("origin ").Append(zone.Origin).Append('\n');
        foreach (var record in zone.Records)
        {
            var node = zone.Find(record.Owner);
            bool indexed = node is { } n && n.Records.Any(r => IsSameRead(r, record));
            text.Append("record ").Append(record).Append(" at ").Append(record.Location).Append(" data at ").Append(record.DataLocation)
                .Append(record.HasExplicitTtl ? " ttl written" : string.Empty).Append(indexed ? string.Empty : " NOT UNDER ITS OWNER'S NODE").Append('\n');
        }

        foreach (var d in parsed.Diagnostics)
        {
            text.Append("diagnostic ").Append(d.Id).Append(" at ").Append(d.Location).Append(": ").Append(d.Message).Append('\n');
        }

        foreach (var pragma in zone.Pragmas)
        {
            text.Append("pragma at ").Append(pragma.Location).Append(": ").Append(pragma.Text).Append('\n');
        }

        text.Append("nodes ").Append(zone.Nodes.Count()).Append(zone.OwnersInZone ? ", every owner in the zone" : string.Empty).Append('\n');
        return text.ToString();
    }

    /// <summary>Checks every location in <paramref name="parsed"/> and <paramref name="result"/> against <paramref name="lines"/>.</summary>
    public static Violation? Check(ParseResult parsed, LintResult result, int[] lines)
    {
        foreach (var record in parsed.Zone.Records)
        {
            // Rules take the zone's word for it that its nodes are in it, without looking at their names.
            if (parsed.Zone.OwnersInZone && !parsed.Zone.Contains(record.Owner))
            {
                return new Violation("owner outside a zone that says every owner is in it", $"owner '{record.Owner}' is outside '{parsed.Zone.Origin}', whose owners were all said to be in it");
            }

            // Printing what was read must not throw either (presentation form, relative names).
            _ = record.ToString();
            _ = record.Owner.ToString(parsed.Zone.Origin);
            var problem = CheckLocation(record.Location, lines, $"record {record.Type}", $"record '{record}'")
                ?? CheckLocation(record.DataLocation, lines, $"RDATA {record.Type}", $"RDATA of record '{record}'");
            if (problem is not null)
            {
                return problem;
            }
        }

        foreach (var d in result.Diagnostics)
        {
            if (CheckLocation(d.Location, lines, $"diagnostic {d.Id}", $"diagnostic '{d}'") is { } problem)
            {
                return problem;
            }

            foreach (var related in d.AdditionalLocations)
            {
                if (CheckLocation(related, lines, $"related location of {d.Id}", $"related location {related} of diagnostic '{d}'") is { } relatedProblem)
                {
                    return relatedProblem;
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="location"/> is inside text of <paramref name="lines"/> (characters per line).</summary>
    /// <param name="location">The location to check.</param>
    /// <param name="lines">Characters per line of the input.</param>
    /// <param name="kind">What holds the location, without anything taken from the input (groups findings).</param>
    /// <param name="what">What holds the location, in full.</param>
    public static Violation? CheckLocation(SourceLocation location, int[] lines, string kind, string what)
    {
        // A finding about the zone as a whole, in a zone with no record to point at, has no location at all.
        if (location == SourceLocation.None)
        {
            return null;
        }

        if (location.File is not null)
        {
            return new Violation(kind + ": file", $"{what} names the file '{location.File}', but the input is text");
        }

        if (location.Line < 1 || location.Line > lines.Length)
        {
            return new Violation(kind + ": line", $"{what} is on line {location.Line}; the input has {lines.Length}");
        }

        int length = lines[location.Line - 1];
        if (location.Column < 1 || location.Column > length + 1)
        {
            return new Violation(kind + ": column", $"{what} is at column {location.Column} of line {location.Line}, which has {length} characters");
        }

        return null;
    }

    /// <summary>
    /// Characters per line, lines ending at '\n'. A character is any byte that is not a UTF-8 continuation byte, so a
    /// decoder shows at least as many for any bytes, valid UTF-8 or not.
    /// </summary>
    public static int[] LineLengths(ReadOnlySpan<byte> input)
    {
        var lengths = new List<int>();
        int count = 0;
        foreach (byte b in input)
        {
            if (b == (byte)'\n')
            {
                lengths.Add(count);
                count = 0;
            }
            else if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        lengths.Add(count);
        return [.. lengths];
    }
}

/// <summary>A broken invariant: <see cref="Key"/> says which kind (and groups findings with one cause), <see cref="Message"/> says it in full.</summary>
/// <param name="Key">What went wrong, without anything taken from the input, such as <c>diagnostic ZL0001: column</c>.</param>
/// <param name="Message">What went wrong, with the diagnostic or record and the numbers.</param>
public sealed record Violation(string Key, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}
