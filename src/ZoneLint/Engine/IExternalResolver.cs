using ZoneLint.Model;

namespace ZoneLint.Engine;

/// <summary>
/// Answers questions about names outside the zone being linted. The library never goes to the network on its own:
/// rules that follow targets out of the zone (an MX host in another domain, an SPF include) stay silent unless
/// the caller supplies a resolver, which may use DNS, a cache, or the caller's own database of zones.
/// </summary>
public interface IExternalResolver
{
    /// <summary>Looks up <paramref name="type"/> records at <paramref name="name"/>.</summary>
    ExternalAnswer Resolve(DomainName name, RRType type, CancellationToken cancellationToken);
}

/// <summary>What a resolver knows about a name and type.</summary>
public enum ExternalAnswerStatus
{
    /// <summary>The resolver could not tell (timeout, server failure, not in its data); rules stay silent.</summary>
    Unknown,

    /// <summary>The name does not exist (NXDOMAIN).</summary>
    NameDoesNotExist,

    /// <summary>The name exists; <see cref="ExternalAnswer.Records"/> holds the records of the type asked for (possibly none), or a CNAME.</summary>
    Answered,
}

/// <summary>A resolver's answer.</summary>
/// <param name="Status">What the resolver knows.</param>
/// <param name="Records">The RDATA found: of the type asked for, or a <see cref="Model.Records.CNameData"/> when the name is an alias.</param>
public sealed record ExternalAnswer(ExternalAnswerStatus Status, IReadOnlyList<RecordData> Records)
{
    /// <summary>The resolver does not know.</summary>
    public static ExternalAnswer Unknown { get; } = new(ExternalAnswerStatus.Unknown, []);
}
