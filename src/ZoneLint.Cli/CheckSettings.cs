using ZoneLint.Engine;

namespace ZoneLint.Cli;

internal sealed record CheckSettings
{
    public required string[] Paths { get; init; }

    public string? Origin { get; init; }

    public string Format { get; init; } = "text";

    public DiagnosticSeverity FailOn { get; init; } = DiagnosticSeverity.Error;

    public string? IncludeRoot { get; init; }

    public string? Output { get; init; }

    public bool Dnssec { get; init; } = true;

    public DateTimeOffset? Now { get; init; }

    public long? MaxRecords { get; init; }

    /// <summary>Threads that may read one large file (<see cref="Parsing.ZoneParseOptions.MaxParallelism"/>).</summary>
    public int? ParseThreads { get; init; }

    public bool ShowSuppressed { get; init; }

    public bool UseEditorConfig { get; init; } = true;

    /// <summary>Run only the per-owner rules over each zone in one pass with bounded memory (<see cref="ZoneLinter.LintStreaming"/>).</summary>
    public bool Streaming { get; init; }
}
