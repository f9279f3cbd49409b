using ZoneLint.Model;

namespace ZoneLint.Rules.Spf;

/// <summary>The mechanisms (RFC 7208 §5) and modifiers (§6) of an SPF record.</summary>
internal enum SpfTermKind
{
    /// <summary><c>all</c> (§5.1).</summary>
    All,

    /// <summary><c>include:domain</c> (§5.2).</summary>
    Include,

    /// <summary><c>a[:domain][/cidr][//cidr6]</c> (§5.3).</summary>
    A,

    /// <summary><c>mx[:domain][/cidr][//cidr6]</c> (§5.4).</summary>
    Mx,

    /// <summary><c>ptr[:domain]</c> (§5.5, do not use).</summary>
    Ptr,

    /// <summary><c>ip4:network[/cidr]</c> (§5.6).</summary>
    Ip4,

    /// <summary><c>ip6:network[/cidr]</c> (§5.6).</summary>
    Ip6,

    /// <summary><c>exists:domain</c> (§5.7).</summary>
    Exists,

    /// <summary><c>redirect=domain</c> (§6.1).</summary>
    Redirect,

    /// <summary><c>exp=domain</c> (§6.2).</summary>
    Explanation,

    /// <summary>Any other <c>name=value</c> (§6: receivers ignore it).</summary>
    UnknownModifier,

    /// <summary>A term that could not be read; the record has an error for it.</summary>
    Invalid,
}

/// <summary>
/// One term of an SPF record as written: where it is in the joined text, its kind, qualifier, domain-spec and CIDR lengths.
/// </summary>
/// <remarks>Immutable. Offsets are octets of the joined text (<see cref="TxtRecordText"/>).</remarks>
internal sealed class SpfTerm
{
    public SpfTerm(SpfTermKind kind, string text, int offset, char qualifier, string name, string? domainSpec, int domainSpecOffset)
    {
        Kind = kind;
        Text = text;
        Offset = offset;
        Qualifier = qualifier;
        Name = name;
        DomainSpec = domainSpec;
        DomainSpecOffset = domainSpecOffset;
    }

    public SpfTermKind Kind { get; }

    /// <summary>The term exactly as written.</summary>
    public string Text { get; }

    /// <summary>Where the term starts in the record's joined text.</summary>
    public int Offset { get; }

    public int Length => Text.Length;

    /// <summary><c>+ - ~ ?</c>, or <c>\0</c> when none was written (which means <c>+</c>, RFC 7208 §4.6.2).</summary>
    public char Qualifier { get; }

    /// <summary>The qualifier in effect: <see cref="Qualifier"/>, or <c>+</c> when none was written.</summary>
    public char EffectiveQualifier => Qualifier == '\0' ? '+' : Qualifier;

    /// <summary>The mechanism or modifier name as written (without qualifier).</summary>
    public string Name { get; }

    /// <summary>The domain-spec (or, for an unknown modifier, the value; for ip4/ip6 the network) without CIDR lengths.</summary>
    public string? DomainSpec { get; }

    /// <summary>Where <see cref="DomainSpec"/> starts in the joined text.</summary>
    public int DomainSpecOffset { get; }

    /// <summary>Whether the domain-spec has a macro (RFC 7208 §7), so its target is known only at evaluation.</summary>
    public bool HasMacro => DomainSpec is not null && DomainSpec.Contains('%', StringComparison.Ordinal);

    /// <summary>The name a macro-free domain-spec names, when it is a valid domain name.</summary>
    public DomainName? Target { get; init; }

    public int? Ip4Cidr { get; init; }

    public int? Ip6Cidr { get; init; }

    public bool IsMechanism => Kind is SpfTermKind.All or SpfTermKind.Include or SpfTermKind.A or SpfTermKind.Mx or SpfTermKind.Ptr
        or SpfTermKind.Ip4 or SpfTermKind.Ip6 or SpfTermKind.Exists;

    /// <summary>Whether evaluating the term queries DNS and so counts against the limit of 10 (RFC 7208 §4.6.4).</summary>
    public bool CausesLookup => Kind is SpfTermKind.Include or SpfTermKind.A or SpfTermKind.Mx or SpfTermKind.Ptr
        or SpfTermKind.Exists or SpfTermKind.Redirect;

    /// <summary>The name the term queries: its target, or the record's own domain for <c>a</c>, <c>mx</c> and <c>ptr</c> without one.</summary>
    public DomainName? QueriedName(DomainName recordOwner) =>
        DomainSpec is null && Kind is SpfTermKind.A or SpfTermKind.Mx or SpfTermKind.Ptr ? recordOwner : Target;

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>A syntax error in an SPF record: where it is in the joined text and what is wrong.</summary>
internal readonly record struct SpfError(int Offset, int Length, string Message);
