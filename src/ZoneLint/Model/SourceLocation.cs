using System.Globalization;

namespace ZoneLint.Model;

/// <summary>Where something was read: file (<see langword="null"/> for text without a file), 1-based line and column (in characters).</summary>
/// <param name="File">The file path as given to the parser, or <see langword="null"/>.</param>
/// <param name="Line">The 1-based line, or 0 when unknown (records built in code).</param>
/// <param name="Column">The 1-based column in characters, or 0 when unknown.</param>
public readonly record struct SourceLocation(string? File, int Line, int Column)
{
    /// <summary>No location: a record built in code.</summary>
    public static SourceLocation None => default;

    /// <summary>Whether a line is known.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>MSBuild style: <c>file(line,column)</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File ?? "<text>"}({Line},{Column})");
}
