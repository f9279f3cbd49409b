using System.Globalization;
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

        if (!chain.MembersHashed)
        {
            var first = chain.Entries[0].Record;
            int iterations = chain.Parameters.Value.Iterations;
            string why = iterations > Nsec3Chain.MaxIterationsHashed
                ? string.Create(CultureInfo.InvariantCulture, $"it uses {iterations:N0} iterations, more than the {Nsec3Chain.MaxIterationsHashed} validators follow (RFC 9276 §3.2), and hashing every name that many times would take as long as an attack on a validator (ZL8006)")
                : string.Create(CultureInfo.InvariantCulture, $"the zone has {chain.NamesToCover:N0} names and empty non-terminals to cover at {iterations + 1:N0} hashes each, more than {Nsec3Chain.MaxHashesPerRecord:N0} hashes per record of the zone (a signed zone, with an NSEC3 and an RRSIG for each name it covers, needs far fewer)");
            context.ReportShifted((int)DiagnosticSeverity.Info - (int)DiagnosticSeverity.Error, first.Location, first.Owner, [], "names missing from the NSEC3 chain are not looked for: " + why);
            return;
        }

        var present = new HashSet<Nsec3Hash>(chain.Entries.Select(e => e.Hash));
        var missing = new List<(Nsec3Hash Hash, ChainMember Member)>();
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

            missing.Add((hash, member));
        }

        var firstBelow = FirstRecordsBelow(zone, missing.Where(m => m.Member.Node.IsEmptyNonTerminal).Select(m => m.Member.Node.Name));
        foreach (var (hash, member) in missing)
        {
            var node = member.Node;
            string what = node.IsEmptyNonTerminal ? "empty non-terminal" : member.Role == NodeRole.Delegation ? "delegation point" : "name";
            var at = node.IsEmptyNonTerminal ? firstBelow.GetValueOrDefault(node.Name) : DnssecZone.FirstInFile(node);
            string message = $"the {what} '{node.Name}' has no NSEC3 record (its hashed owner would be '{hash}.{zone.Origin}'): validators cannot prove what it lacks";
            if (!at.IsDefault)
            {
                context.Report(at, message);
            }
            else
            {
                context.Report(Model.SourceLocation.None, node.Name, [], message);
            }
        }
    }

    /// <summary>
    /// An empty non-terminal has no record of its own; its finding goes to the first record below it. PERF: one pass
    /// over the nodes, each walking up its ancestors, rather than a scan of the zone per name.
    /// </summary>
    private static Dictionary<DomainName, ResourceRecord> FirstRecordsBelow(Zone zone, IEnumerable<DomainName> names)
    {
        var wanted = new HashSet<DomainName>(names, NameComparer.Instance);
        var first = new Dictionary<DomainName, ResourceRecord>(NameComparer.Instance);
        if (wanted.Count == 0)
        {
            return first;
        }

        foreach (var node in zone.Nodes)
        {
            if (node.IsEmptyNonTerminal || !zone.Contains(node))
            {
                continue;
            }

            var record = DnssecZone.FirstInFile(node);
            for (var ancestor = node.Name.Parent; ancestor is not null && ancestor.IsSubdomainOf(zone.Origin); ancestor = ancestor.Parent)
            {
                if (wanted.Contains(ancestor))
                {
                    first[ancestor] = first.TryGetValue(ancestor, out var seen) ? DnssecZone.Earlier(seen, record) : record;
                }
            }
        }

        return first;
    }
}
