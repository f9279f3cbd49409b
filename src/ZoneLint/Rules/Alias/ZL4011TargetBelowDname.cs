using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Alias;

/// <summary>
/// An MX exchange, NS name server or SRV target below a DNAME: lookups of it are redirected (RFC 6672 §2.3), so it
/// must not be an alias (RFC 2181 §10.3, RFC 2782) yet is answered with a synthesised CNAME; in-zone data such a name
/// seems to have is occluded and never served. BIND refuses a zone whose NS address is below a DNAME ("is below a
/// DNAME") and warns at delegations. Records whose own owner is below the DNAME are ZL4010's.
/// </summary>
[ZoneRule("ZL4011", "MX, NS or SRV target below a DNAME", "{0} '{1}' is below the DNAME at '{2}', so lookups of it are redirected to '{3}'; use the name it redirects to", RuleCategories.Alias, DiagnosticSeverity.Warning)]
internal sealed class ZL4011TargetBelowDname : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (zone.NodesWith(RRType.DNAME).IsEmpty)
        {
            return; // PERF: only a DNAME puts a target below a DNAME.
        }

        foreach (var node in zone.Nodes)
        {
            if (node.IsEmptyNonTerminal || !zone.Contains(node))
            {
                continue;
            }

            Check(context, node, RRType.MX, "MX exchange", static d => d is MxData mx ? mx.Exchange : DomainName.Root);
            Check(context, node, RRType.NS, "name server", static d => d is NsData ns ? ns.Target : DomainName.Root);
            Check(context, node, RRType.SRV, "SRV target", static d => d is SrvData srv ? srv.Target : DomainName.Root);
        }
    }

    private static void Check(RuleContext context, ZoneNode node, RRType type, string what, Func<RecordData, DomainName> targetOf)
    {
        var zone = context.Zone;
        var records = node.Get(type);
        if (records.IsEmpty || !ZoneQueries.IsAuthoritative(node, type))
        {
            return;
        }

        foreach (var record in records)
        {
            var target = targetOf(record.Data);
            if (target.IsRoot || ZoneQueries.GetScope(zone, target, out var owner) != TargetScope.BelowDName)
            {
                continue;
            }

            var dname = zone.Get(owner!, RRType.DNAME)[0];
            var redirected = dname.Data is DNameData d ? Redirect(target, owner!, d.Target) : target;
            context.Report(record, [dname], what, target, owner, redirected);
        }
    }

    /// <summary>The name after DNAME substitution (RFC 6672 §2.2): the owner suffix replaced by the target; the name itself when too long.</summary>
    private static DomainName Redirect(DomainName name, DomainName owner, DomainName target)
    {
        int prefix = name.WireLength - owner.WireLength;
        if (prefix + target.WireLength > DomainName.MaxWireLength)
        {
            return name;
        }

        return new DomainName([.. name.Wire[..prefix], .. target.Wire]);
    }
}
