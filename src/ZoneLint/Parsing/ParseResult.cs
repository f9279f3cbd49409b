using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Parsing;

/// <summary>What reading a zone gave: the zone (every record that could be read) and the diagnostics, in file order.</summary>
public sealed class ParseResult
{
    internal ParseResult(Zone zone, ImmutableArray<Diagnostic> diagnostics, bool inputRead = true)
    {
        Zone = zone;
        Diagnostics = diagnostics;
        InputRead = inputRead;
    }

    /// <summary>The zone with every record that could be read.</summary>
    public Zone Zone { get; }

    /// <summary>Problems met while reading, each with file, line and column.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Whether the input was read at all: not when the file could not be opened, was not a regular file or was over
    /// the size limit. The zone is then empty for want of text, not because the text has no records, and is not linted.
    /// </summary>
    internal bool InputRead { get; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
