using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules;

/// <summary>Questions rules ask of a zone through its indexes, shared so each is answered one way.</summary>
internal static class ZoneQueries
{
    /// <summary>The CNAME record at <paramref name="name"/>, when the name is an in-zone alias.</summary>
    public static ResourceRecord? FindAlias(Zone zone, DomainName name)
    {
        var cnames = zone.Get(name, RRType.CNAME);
        return cnames.Length > 0 ? cnames[0] : null;
    }

    /// <summary>Whether <paramref name="name"/> owns an A or AAAA record in the zone.</summary>
    public static bool HasAddress(Zone zone, DomainName name) =>
        zone.Find(name) is { } node && (node.Has(RRType.A) || node.Has(RRType.AAAA));

    /// <summary>The canonical name of an out-of-zone alias, when the caller's resolver knows it is one.</summary>
    public static DomainName? ExternalAlias(RuleContext context, DomainName name)
    {
        if (context.Resolver is null)
        {
            return null;
        }

        var answer = context.Resolver.Resolve(name, RRType.CNAME, context.CancellationToken);
        return answer.Status == ExternalAnswerStatus.Answered
            ? answer.Records.OfType<CNameData>().FirstOrDefault()?.Target
            : null;
    }

    /// <summary>Whether the records at a node are authoritative: not glue or occluded below a zone cut, not hidden by a DNAME.</summary>
    public static bool IsAuthoritative(Zone zone, DomainName name, RRType type) =>
        !zone.IsBelowZoneCut(name, type) && zone.FindDNameAbove(name) is null;
}
