using ZoneLint.Engine;

namespace ZoneLint.Parsing;

/// <summary>Descriptors of what reading a zone can report (ZL0xxx).</summary>
internal static class ParserDiagnostics
{
    public const string Category = "Syntax";

    public static readonly DiagnosticDescriptor Syntax = new(
        "ZL0001", "Syntax error", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidRdata = new(
        "ZL0002", "Invalid RDATA for the type", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownTypeOrClass = new(
        "ZL0003", "Unknown type or class, or malformed RFC 3597 data", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadName = new(
        "ZL0004", "Invalid domain name", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Include = new(
        "ZL0005", "$INCLUDE problem", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor Ttl = new(
        "ZL0006", "No TTL known, or TTL out of range", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OutOfZone = new(
        "ZL0007", "Record outside the zone", "{0}", Category, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Generate = new(
        "ZL0008", "$GENERATE problem", "{0}", Category, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InheritedOwnerAfterOriginChange = new(
        "ZL0009", "Owner inherited right after an origin change", "{0}", Category, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor Configuration = new(
        "ZL0090", "Invalid configuration", "{0}", "Configuration", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "ZL0100", "Suppression that suppresses nothing", "{0}", "Configuration", DiagnosticSeverity.Info);

    public static IEnumerable<DiagnosticDescriptor> All =>
        [Syntax, InvalidRdata, UnknownTypeOrClass, BadName, Include, Ttl, OutOfZone, Generate, InheritedOwnerAfterOriginChange, Configuration, UnusedSuppression];
}
