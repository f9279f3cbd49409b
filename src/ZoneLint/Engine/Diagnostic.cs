using System.Collections.Immutable;
using ZoneLint.Model;

namespace ZoneLint.Engine;

/// <summary>One finding: what (descriptor, message), how serious, where, and whether it is suppressed.</summary>
/// <remarks>Immutable. Suppressed diagnostics are kept and marked, never dropped.</remarks>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic with the descriptor's default severity.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, string message, SourceLocation location, DomainName? owner = null, ImmutableArray<SourceLocation> additionalLocations = default)
        : this(descriptor, descriptor?.DefaultSeverity ?? DiagnosticSeverity.Error, message ?? throw new ArgumentNullException(nameof(message)), null, location, owner, additionalLocations, null)
    {
    }

    /// <summary>
    /// A rule's finding, its message made from the descriptor's format and <paramref name="messageArgs"/>: when it is read
    /// if <paramref name="formatWhenRead"/> (a built-in rule's, whose formats the tests check), else now.
    /// </summary>
    /// <remarks>
    /// PERF: a zone can have hundreds of thousands of findings (a million-record zone with a misspelt name pattern had
    /// 442,000), and their messages, made as they were reported, were some 540 bytes of strings each, kept to the end of
    /// the lint with the garbage of making them. A message is now made when it is read: nothing until a report writes it,
    /// and garbage at once after. The arguments are kept only when none can change (<see cref="IsSettled"/>); otherwise the
    /// message is made now, as before.
    /// </remarks>
    internal Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, object?[] messageArgs, bool formatWhenRead, SourceLocation location, DomainName? owner, ImmutableArray<SourceLocation> additionalLocations)
        : this(descriptor, severity, null, null, location, owner, additionalLocations, null)
    {
        // Waiting is safe when the format fits the arguments (so making the message cannot throw later) and none of them
        // can change. They are kept, not copied: built-in rules hand each report an array of its own.
        if (formatWhenRead && messageArgs.Length > 0 && descriptor.Fits(messageArgs) && Array.TrueForAll(messageArgs, IsSettled))
        {
            this.messageArgs = messageArgs;
        }
        else
        {
            message = descriptor.FormatMessage(messageArgs);
        }
    }

    private Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string? message, object?[]? messageArgs, SourceLocation location, DomainName? owner, ImmutableArray<SourceLocation> additionalLocations, Suppression? suppression)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        Descriptor = descriptor;
        Severity = severity;
        this.message = message;
        this.messageArgs = messageArgs;
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

    // The message, or (when null) the arguments it is made from with the descriptor's format.
    private readonly string? message;
    private readonly object?[]? messageArgs;

    /// <summary>The message, specific to this finding.</summary>
    /// <remarks>A built-in rule's message is made from its arguments each time it is read (the same text each time): keep it if you read it often.</remarks>
    public string Message => message ?? Descriptor.FormatMessage(messageArgs!);

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
        severity == Severity ? this : new Diagnostic(Descriptor, severity, message, messageArgs, Location, Owner, AdditionalLocations, Suppression);

    /// <summary>A copy marked as suppressed.</summary>
    public Diagnostic WithSuppression(Suppression suppression) =>
        new(Descriptor, Severity, message, messageArgs, Location, Owner, AdditionalLocations, suppression);

    /// <summary>Whether a message argument formats the same whenever it is read: immutable, and formatted by a type of ours or the runtime's.</summary>
    private static bool IsSettled(object? arg) =>
        arg is null or string or DomainName or RRType or RRClass or int or uint or long or ulong or ushort or short or byte or sbyte
            or bool or char or double or float or decimal or TimeSpan or DateTimeOffset or DateTime or Enum or IMessagePart;

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
