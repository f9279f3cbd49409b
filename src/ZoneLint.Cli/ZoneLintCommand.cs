using System.CommandLine;
using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary>The command-line surface: <c>check</c>, <c>rules</c>, <c>explain</c>.</summary>
internal static class ZoneLintCommand
{
    /// <summary>Runs the command line <paramref name="args"/>; <paramref name="stdoutIsTerminal"/> lets a text report use colour.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal = false)
    {
        if (args is ["check", ..])
        {
            CheckRunner.Prepare();
        }

        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Zone files or directories (searched recursively for *.zone, *.db, db.*, *.dns, *.signed, *.rev)." };
        var origin = new Option<string?>("--origin") { Description = "The zone's origin. Default: the file's $ORIGIN, else the file name without extension." };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "text", Description = "Output format: text (MSBuild style), json, sarif (code scanning) or gitlab (code quality)." };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "gitlab");
        var failOn = new Option<string>("--fail-on") { DefaultValueFactory = _ => "error", Description = "Lowest severity that makes the exit code 1: error, warning or info." };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");
        var includeRoot = new Option<string?>("--include-root") { Description = "Directory tree $INCLUDE may read from. Default: the zone file's directory." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var dnssec = new Option<string>("--dnssec") { DefaultValueFactory = _ => "on", Description = "Run the DNSSEC rules: on or off." };
        dnssec.AcceptOnlyFromAmong("on", "off");
        var now = new Option<DateTimeOffset?>("--now") { Description = "The time signatures are judged at (ISO 8601). Default: now." };
        var maxRecords = new Option<long?>("--max-records") { Description = "Stop reading a zone after this many records (default 50,000,000, about 10 GiB of memory; none with --streaming). A file's size is not limited." };
        var parseThreads = new Option<int?>("--parse-threads") { Description = "Threads that may read one large zone file (1 MiB or more each) at once; 0 for one per processor (default: 0 for a single file, 1 when several are linted at once)." };
        parseThreads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 0)
            {
                result.AddError("--parse-threads must be 0 (one per processor) or more.");
            }
        });
        var showSuppressed = new Option<bool>("--show-suppressed") { Description = "List suppressed findings in text output too." };
        var noEditorConfig = new Option<bool>("--no-editorconfig") { Description = "Ignore .editorconfig files." };
        var streaming = new Option<bool>("--streaming") { Description = "Read each zone in one pass with bounded memory, with no limit on its size or (unless --max-records) its records, and run only the rules that look at one owner name at a time (for zones too large to hold)." };

        var check = new Command("check", "Lint zone files.")
        {
            paths, origin, format, failOn, includeRoot, output, dnssec, now, maxRecords, parseThreads, showSuppressed, noEditorConfig, streaming,
        };
        check.SetAction(parse => new CheckRunner(stdout, stderr, stdoutIsTerminal).Run(new CheckSettings
        {
            Paths = parse.GetValue(paths) ?? [],
            Origin = parse.GetValue(origin),
            Format = parse.GetValue(format) ?? "text",
            FailOn = parse.GetValue(failOn) switch { "warning" => DiagnosticSeverity.Warning, "info" => DiagnosticSeverity.Info, _ => DiagnosticSeverity.Error },
            IncludeRoot = parse.GetValue(includeRoot),
            Output = parse.GetValue(output),
            Dnssec = parse.GetValue(dnssec) != "off",
            Now = parse.GetValue(now),
            MaxRecords = parse.GetValue(maxRecords),
            ParseThreads = parse.GetValue(parseThreads),
            ShowSuppressed = parse.GetValue(showSuppressed),
            UseEditorConfig = !parse.GetValue(noEditorConfig),
            Streaming = parse.GetValue(streaming),
        }));

        var rules = new Command("rules", "List every rule: ID, default severity, category and title.");
        rules.SetAction(_ => CatalogCommands.ListRules(stdout));

        var ruleId = new Argument<string>("id") { Description = "A rule ID such as ZL1001." };
        var explain = new Command("explain", "Print a rule's documentation page.") { ruleId };
        explain.SetAction(parse => CatalogCommands.Explain(parse.GetValue(ruleId)!, stdout, stderr));

        var root = new RootCommand("zonelint: a linter for DNS zone files.") { check, rules, explain };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("zonelint: " + error.Message);
            }

            stderr.WriteLine("Run 'zonelint --help' for usage.");
            return ExitCodes.Usage;
        }

        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
