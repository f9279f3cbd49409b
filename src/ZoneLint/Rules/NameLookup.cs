using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules;

/// <summary>What a lookup found.</summary>
internal enum LookupStatus
{
    /// <summary>Nobody can tell: outside the zone without a resolver, the resolver did not know, or an alias chain too long.</summary>
    Unknown,

    /// <summary>The name does not exist (NXDOMAIN).</summary>
    NameDoesNotExist,

    /// <summary>The name exists but has no records of the type (NOERROR, no answer).</summary>
    NoData,

    /// <summary>Records of the type were found.</summary>
    Answered,
}

/// <summary>A lookup's outcome: the RDATA found and, for answers from the zone, the records themselves.</summary>
internal sealed record LookupAnswer(LookupStatus Status, IReadOnlyList<RecordData> Data, IReadOnlyList<ResourceRecord> ZoneRecords)
{
    public static LookupAnswer Unknown { get; } = new(LookupStatus.Unknown, [], []);

    public static LookupAnswer NameDoesNotExist { get; } = new(LookupStatus.NameDoesNotExist, [], []);

    public static LookupAnswer NoData { get; } = new(LookupStatus.NoData, [], []);
}

/// <summary>
/// Answers a query the way a resolver would see it, from the zone where the zone is authoritative and from the caller's
/// <see cref="IExternalResolver"/> elsewhere: follows CNAMEs (RFC 1034 §3.6.2), applies wildcards (RFC 4592 §3.3), and
/// treats names below a zone cut or a DNAME as outside the zone. Answers are cached for one rule run.
/// </summary>
/// <remarks>One instance per <see cref="ZoneRule.Analyze"/> call; not thread-safe.</remarks>
internal sealed class NameLookup(RuleContext context)
{
    /// <summary>Alias hops followed before giving up, as resolvers bound CNAME chains.</summary>
    private const int MaxAliasHops = 8;

    /// <summary>Queries the resolver may receive per rule run, so that a hostile chain of names cannot stall the lint.</summary>
    private const int MaxExternalQueries = 200;

    private readonly Dictionary<(DomainName Name, ushort Type), LookupAnswer> cache = new();
    private int externalQueries;

    public Zone Zone => context.Zone;

    /// <summary>Whether the zone itself answers for <paramref name="name"/> and <paramref name="type"/>: inside it, not below a cut, not under a DNAME.</summary>
    public bool IsAuthoritative(DomainName name, RRType type) =>
        Zone.Contains(name) && ZoneQueries.IsAuthoritative(Zone, name, type);

    /// <summary>Looks up <paramref name="type"/> at <paramref name="name"/>.</summary>
    public LookupAnswer Query(DomainName name, RRType type) => Query(name, type, 0);

    /// <summary>What a query of <paramref name="type"/> at <paramref name="name"/> finds, without the records found.</summary>
    /// <remarks>
    /// PERF: a rule that only asks whether a lookup is void (ZL2010 asks it of every SPF term) reads the zone's nodes
    /// directly; an answer from the zone is neither copied out nor cached.
    /// </remarks>
    public LookupStatus StatusOf(DomainName name, RRType type) => StatusOf(name, type, 0);

    private LookupStatus StatusOf(DomainName name, RRType type, int hops)
    {
        if (hops > MaxAliasHops)
        {
            return LookupStatus.Unknown;
        }

        // The name is looked up once for both questions: whether the zone answers, and with which node.
        var own = Zone.FindInZone(name, out bool inZone);
        bool authoritative = inZone && (own is { } found ? ZoneQueries.IsAuthoritative(found, type) : ZoneQueries.IsAuthoritative(Zone, name, type));
        if (!authoritative)
        {
            return Query(name, type, hops).Status;
        }

        if ((own ?? FindWildcard(name)) is not { } node)
        {
            return LookupStatus.NameDoesNotExist;
        }

        if (type != RRType.CNAME && node.Get(RRType.CNAME) is [var alias, ..])
        {
            return StatusOf(((CNameData)alias.Data).Target, type, hops + 1);
        }

        return node.Has(type) ? LookupStatus.Answered : LookupStatus.NoData;
    }

    private LookupAnswer Query(DomainName name, RRType type, int hops)
    {
        if (hops > MaxAliasHops)
        {
            return LookupAnswer.Unknown;
        }

        var key = (name, type.Value);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var answer = IsAuthoritative(name, type) ? FromZone(name, type, hops) : FromResolver(name, type, hops);
        cache[key] = answer;
        return answer;
    }

    private LookupAnswer FromZone(DomainName name, RRType type, int hops)
    {
        if ((Zone.Find(name) ?? FindWildcard(name)) is not { } node)
        {
            return LookupAnswer.NameDoesNotExist;
        }

        if (type != RRType.CNAME)
        {
            var alias = node.Get(RRType.CNAME);
            if (alias.Length > 0)
            {
                return Query(((CNameData)alias[0].Data).Target, type, hops + 1);
            }
        }

        var records = node.Get(type);
        if (records.Length == 0)
        {
            return LookupAnswer.NoData;
        }

        var found = records.ToArray();
        return new LookupAnswer(LookupStatus.Answered, [.. found.Select(r => r.Data)], found);
    }

    private LookupAnswer FromResolver(DomainName name, RRType type, int hops)
    {
        if (context.Resolver is null || externalQueries >= MaxExternalQueries)
        {
            return LookupAnswer.Unknown;
        }

        externalQueries++;
        var answer = context.Resolver.Resolve(name, type, context.CancellationToken);
        switch (answer.Status)
        {
            case ExternalAnswerStatus.NameDoesNotExist:
                return LookupAnswer.NameDoesNotExist;
            case ExternalAnswerStatus.Answered:
                if (type != RRType.CNAME && answer.Records.OfType<CNameData>().FirstOrDefault() is { } alias)
                {
                    return Query(alias.Target, type, hops + 1);
                }

                var data = answer.Records.Where(r => r.Type == type).ToArray();
                return data.Length == 0 ? LookupAnswer.NoData : new LookupAnswer(LookupStatus.Answered, data, []);
            default:
                return LookupAnswer.Unknown;
        }
    }

    /// <summary>The wildcard that answers for a name that does not exist: <c>*</c> below its closest encloser (RFC 4592 §3.3).</summary>
    private ZoneNode? FindWildcard(DomainName name)
    {
        for (var ancestor = Zone.ParentOf(name); ancestor is not null && Zone.Contains(ancestor); ancestor = Zone.ParentOf(ancestor))
        {
            if (!Zone.Exists(ancestor))
            {
                continue;
            }

            if (ancestor.WireLength + 2 > DomainName.MaxWireLength)
            {
                return null;
            }

            return Zone.Find(new DomainName([1, (byte)'*', .. ancestor.Wire]));
        }

        return null;
    }
}
