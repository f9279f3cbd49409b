using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// "Each owner name within the zone that owns authoritative RRsets MUST have a corresponding NSEC3 RR", and "each empty
/// non-terminal MUST have a corresponding NSEC3 RR, unless the empty non-terminal is only derived from an insecure
/// delegation covered by an Opt-Out NSEC3 RR"; an unsigned delegation may go without one only when an Opt-Out NSEC3 covers
/// it (RFC 5155 §7.1). The corresponding NSEC3 is the one whose owner is the name's hash (§5) below the apex.
/// </summary>
[ZoneRule("ZL8141", "Name missing from the NSEC3 chain", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8141NameMissingFromNsec3Chain : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        var chain = Nsec3Chain.For(zone);
        if (chain.Mode != DenialMode.Nsec3 || chain.Parameters is null || chain.Entries.Length == 0)
        {
            return;
        }

        var present = new HashSet<Nsec3Hash>(chain.Entries.Select(e => e.Hash));
        foreach (var (hash, member) in chain.Members)
        {
            if (present.Contains(hash))
            {
                continue;
            }

            var node = member.Node;
            bool insecureDelegation = member.Role == NodeRole.Delegation && !node.Has(RRType.DS);
            if ((insecureDelegation || node.IsEmptyNonTerminal) && chain.Covering(hash) is { Data.IsOptOut: true })
            {
                continue; // Opt-Out spans may leave out insecure delegations and the empty non-terminals above them.
            }

            string what = node.IsEmptyNonTerminal ? "empty non-terminal" : member.Role == NodeRole.Delegation ? "delegation point" : "name";
            var at = node.IsEmptyNonTerminal ? FirstBelow(zone, node.Name) : DnssecZone.FirstInFile(node);
            string message = $"the {what} '{node.Name}' has no NSEC3 record (its hashed owner would be '{hash}.{zone.Origin}'): validators cannot prove what it lacks";
            if (at is not null)
            {
                context.Report(at, message);
            }
            else
            {
                context.Report(Model.SourceLocation.None, node.Name, [], message);
            }
        }
    }

    /// <summary>An empty non-terminal has no record of its own; the finding goes to the first record below it.</summary>
    private static ResourceRecord? FirstBelow(Zone zone, DomainName name)
    {
        ResourceRecord? first = null;
        foreach (var node in zone.Nodes)
        {
            if (node.Records.Count > 0 && node.Name.IsSubdomainOf(name))
            {
                first = first is null ? node.Records[0] : DnssecZone.Earlier(first, node.Records[0]);
            }
        }

        return first;
    }
}
