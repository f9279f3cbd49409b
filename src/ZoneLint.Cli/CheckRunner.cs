using System.Text;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;

namespace ZoneLint.Cli;

/// <summary>One linted file, as reporters see it.</summary>
internal sealed record FileReport(string File, DomainName Origin, LintResult Result);

/// <summary>Runs <c>zonelint check</c>: finds files, parses and lints them in parallel, reports, and picks the exit code.</summary>
internal sealed class CheckRunner(TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal)
{
    /// <summary>
    /// Starts making the lint options' defaults and the linter on another core, before the command line is even read
    /// (<see cref="ZoneLintCommand.Run"/> calls this for <c>check</c>).
    /// </summary>
    /// <remarks>
    /// PERF: made on the way, the options' defaults (9-13 ms) and the linter (the rules' descriptors read by reflection,
    /// the DNSSEC algorithms: 15-30 ms) held up a small zone's check; started here, they are ready about when the file
    /// is read. Whoever asks first waits for them, so this changes no result.
    /// </remarks>
    public static void Prepare() => _ = Task.Run(static () => (LintOptions.Default, CliLinter.Instance));

    public int Run(CheckSettings settings)
    {
        var files = new List<string>();
        foreach (var path in settings.Paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                stderr.WriteLine($"zonelint: '{path}' does not exist");
                return ExitCodes.Usage;
            }

            files.AddRange(ZoneFiles.Expand(path));
        }

        if (files.Count == 0)
        {
            stderr.WriteLine("zonelint: no zone files found (looked for *.zone, *.db, db.*, *.dns, *.signed, *.rev)");
            return ExitCodes.Usage;
        }

        DomainName? forcedOrigin = null;
        if (settings.Origin is not null)
        {
            string text = settings.Origin.EndsWith('.') ? settings.Origin : settings.Origin + ".";
            if (!DomainName.TryParse(text, null, out forcedOrigin, out string? error))
            {
                stderr.WriteLine($"zonelint: --origin: {error}");
                return ExitCodes.Usage;
            }
        }

        var reports = new FileReport[files.Count];

        // Each .editorconfig is read once for the run, and zone files that match the same sections share their options.
        // Made when first asked, after a parse, so that the defaults made on another core (Prepare) are ready by then.
        var editorConfig = settings.UseEditorConfig ? new Lazy<EditorConfigCache>(() =>
        {
            var cache = new EditorConfigCache(LintOptions.Default);

            // A single file is its .editorconfig's only reader; several share each problem, reported with the first.
            if (files.Count > 1)
            {
                cache.Plan(files);
            }

            return cache;
        }) : null;
        // PERF: a large zone's no-GC region lasts until its report is written (see LargeZoneGc.Report).
        using var gc = files.Count == 1 && !settings.Streaming ? LargeZoneGc.Begin(files[0]) : null;
        if (files.Count == 1)
        {
            // PERF: starting a parallel loop for one file took 15-20 ms of a small zone's check.
            reports[0] = Lint(files[0], forcedOrigin, settings, editorConfig, onlyFile: true, gc);
        }
        else
        {
            Parallel.For(0, files.Count, i => reports[i] = Lint(files[i], forcedOrigin, settings, editorConfig, onlyFile: false, gc: null));
        }

        gc?.Report(reports[0].Result.Diagnostics.Length);
        bool fails = reports.Any(r => r.Result.Fails(settings.FailOn));
        TextWriter writer = stdout;
        StreamWriter? fileWriter = null;
        if (settings.Output is not null)
        {
            // PERF: with the buffer standard output has (Program.cs), not the default 1,024 chars.
            fileWriter = new StreamWriter(settings.Output, append: false, new UTF8Encoding(false), 64 * 1024);
            writer = fileWriter;
        }

        try
        {
            switch (settings.Format)
            {
                case "json":
                    JsonReporter.Write(writer, reports);
                    break;
                case "sarif":
                    SarifReporter.Write(writer, reports, ZoneLinter.Default.Descriptors);
                    break;
                case "gitlab":
                    GitLabReporter.Write(writer, reports);
                    break;
                default:
                    new TextReporter(writer, settings.ShowSuppressed, Terminal.UseColor(ReferenceEquals(writer, stdout) && stdoutIsTerminal)).Write(reports);
                    break;
            }
        }
        finally
        {
            fileWriter?.Dispose();
        }

        return fails ? ExitCodes.Findings : ExitCodes.Clean;
    }

    /// <param name="gc">The no-GC regions of the run's only file; null when several are linted at once, or streamed.</param>
    private static FileReport Lint(string file, DomainName? forcedOrigin, CheckSettings settings, Lazy<EditorConfigCache>? editorConfig, bool onlyFile, LargeZoneGc? gc)
    {
        var parseOptions = ParseOptionsFor(file, forcedOrigin, settings, onlyFile);
        var origin = parseOptions.Origin;
        if (settings.Streaming)
        {
            var streamingOptions = LintOptionsFor(file, settings, editorConfig);
            var streamed = CliLinter.Instance.LintStreaming(file, parseOptions, streamingOptions);
            var declared = origin ?? (ZoneFiles.DeclaredOrigin(file) is { } text && DomainName.TryParse(text.EndsWith('.') ? text : text + ".", null, out var named, out _) ? named : DomainName.Root);
            return new FileReport(file, declared, streamed);
        }

        var parsed = ZoneParser.ParseFile(file, parseOptions, gc is null ? null : gc.ReadDone, CancellationToken.None);
        gc?.ParseDone();

        // PERF: after the parse, so that the defaults made on another core (Prepare) are ready by then.
        var result = CliLinter.Instance.Lint(parsed, LintOptionsFor(file, settings, editorConfig));
        return new FileReport(file, parsed.Zone.Origin, result);
    }

    /// <summary>How the CLI reads <paramref name="file"/>: its origin given or guessed from its name, and the limits.</summary>
    internal static ZoneParseOptions ParseOptionsFor(string file, DomainName? forcedOrigin, CheckSettings settings, bool onlyFile)
    {
        var origin = forcedOrigin;
        if (origin is null && ZoneFiles.GuessOrigin(file) is { } guess)
        {
            string text = guess.EndsWith('.') ? guess : guess + ".";
            DomainName.TryParse(text, null, out origin, out _);
        }

        return ZoneParseOptions.Default with
        {
            Origin = origin,
            IncludeRoot = settings.IncludeRoot ?? Path.GetDirectoryName(Path.GetFullPath(file)),
            // The file is read through a buffer, so its size costs no memory; the records it holds do, and the record
            // limit bounds them: 50 million by default, and none in streaming, whose memory stays bounded whatever the
            // zone's size. The library's 2 GiB default would stop a whole-zone lint at about 40 million records.
            MaxFileSize = long.MaxValue,
            MaxRecords = settings.MaxRecords ?? (settings.Streaming ? long.MaxValue : ZoneParseOptions.Default.MaxRecords),
            // A single file is read on every core (files of about 2 MiB and more are cut); several files are linted on
            // every core already, one each.
            MaxParallelism = settings.ParseThreads ?? (onlyFile ? 0 : 1),
        };
    }

    private static LintOptions LintOptionsFor(string file, CheckSettings settings, Lazy<EditorConfigCache>? editorConfig)
    {
        var lintOptions = editorConfig?.Value.Load(file) ?? LintOptions.Default;

        return lintOptions with { Now = settings.Now ?? lintOptions.Now, Dnssec = settings.Dnssec && lintOptions.Dnssec };
    }
}
