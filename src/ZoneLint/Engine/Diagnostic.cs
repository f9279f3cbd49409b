using System.Collections.Immutable;
using ZoneLint.Model;

namespace ZoneLint.Engine;

/// <summary>One finding: what (descriptor, message), how serious, where, and whether it is suppressed.</summary>
/// <remarks>Immutable. Suppressed diagnostics are kept and marked, never dropped.</remarks>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic with the descriptor's default severity.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, string message, SourceLocation location, DomainName? owner = null, ImmutableArray<SourceLocation> additionalLocations = default)
        : this(descriptor, descriptor?.DefaultSeverity ?? DiagnosticSeverity.Error, message, location, owner, additionalLocations, null)
    {
    }

    private Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string message, SourceLocation location, DomainName? owner, ImmutableArray<SourceLocation> additionalLocations, Suppression? suppression)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Location = location;
        Owner = owner;
        AdditionalLocations = additionalLocations.IsDefault ? [] : additionalLocations;
        Suppression = suppression;
    }

    /// <summary>What the diagnostic means.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable ID, such as <c>ZL1001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The effective severity, after configuration.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message, specific to this finding.</summary>
    public string Message { get; }

    /// <summary>Where the finding is: the record it is about, or the text that could not be read.</summary>
    public SourceLocation Location { get; }

    /// <summary>Related places: the alias an MX points at, every hop of a CNAME chain, the other record of a pair.</summary>
    public ImmutableArray<SourceLocation> AdditionalLocations { get; }

    /// <summary>The owner name the finding is about, when there is one.</summary>
    public DomainName? Owner { get; }

    /// <summary>The suppression that applies, or <see langword="null"/>.</summary>
    public Suppression? Suppression { get; }

    /// <summary>Whether a pragma, attribute or configuration suppressed this finding.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>A copy with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, severity, Message, Location, Owner, AdditionalLocations, Suppression);

    /// <summary>A copy marked as suppressed.</summary>
    public Diagnostic WithSuppression(Suppression suppression) =>
        new(Descriptor, Severity, Message, Location, Owner, AdditionalLocations, suppression);

    /// <summary>MSBuild style: <c>file(line,col): error ZL0001: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

/// <summary>How a suppression was expressed.</summary>
public enum SuppressionKind
{
    /// <summary>A <c>; zonelint disable …</c> comment in the zone file.</summary>
    Pragma,

    /// <summary>A <see cref="SuppressZoneRuleAttribute"/> in code that embeds the library.</summary>
    Attribute,

    /// <summary>A suppression given to the linter in code.</summary>
    Options,
}

/// <summary>Why a diagnostic is suppressed: the kind, where the suppression is written, and its justification.</summary>
/// <param name="Kind">How the suppression was expressed.</param>
/// <param name="Source">Where it is written: the pragma's location, or a description of the attribute.</param>
/// <param name="Justification">The reason given (after <c>--</c> in a pragma), if any.</param>
public sealed record Suppression(SuppressionKind Kind, string Source, string? Justification);
