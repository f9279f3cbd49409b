using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Mail;

/// <summary>
/// A mail domain with addresses but no MX: "If an empty list of MXs is returned, the address is treated as if it was
/// associated with an implicit MX RR, with a preference of 0, pointing to that host" (RFC 5321 §5.1), so mail goes to
/// whatever answers at that address (often a web server). Off by default. Only names that look like mail domains are
/// checked: the apex, a name that publishes an SPF record (it sends mail, so replies and bounces come back), and a
/// name with a <c>_dmarc</c> policy below it. Other hosts (www, ns1) are not mail domains and are left alone.
/// </summary>
[ZoneRule("ZL1009", "Mail domain relies on the implicit MX", "'{0}' has address records but no MX, so mail for it goes to {1} (implicit MX); publish an MX, or 'MX 0 .' if it takes no mail", RuleCategories.Mail, DiagnosticSeverity.Info, IsEnabledByDefault = false)]
internal sealed class ZL1009ImplicitMx : ZoneRule
{
    private static readonly DomainName Dmarc = DomainName.Parse("_dmarc.");

    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        foreach (var node in zone.Nodes)
        {
            if (node.Has(RRType.MX) || node.Has(RRType.CNAME))
            {
                continue;
            }

            var addresses = node.Get(RRType.A);
            if (addresses.IsEmpty)
            {
                addresses = node.Get(RRType.AAAA);
            }

            if (addresses.IsEmpty || !zone.Contains(node) || !ZoneQueries.IsAuthoritative(node, RRType.A) || !LooksLikeMailDomain(zone, node))
            {
                continue;
            }

            var address = addresses[0];
            context.Report(address, node.Name, address.Data.ToString());
        }
    }

    private static bool LooksLikeMailDomain(Zone zone, ZoneNode node)
    {
        if (node.IsApex)
        {
            return true;
        }

        foreach (var txt in node.Get(RRType.TXT))
        {
            if (txt.Data is TxtData text && ZoneQueries.IsSpfRecord(text, out _))
            {
                return true;
            }
        }

        // The _dmarc child: its wire form is the "_dmarc" label in front of the owner's (looked up without allocating).
        var wire = node.Name.Wire;
        var label = Dmarc.Wire[..^1];
        Span<byte> dmarc = stackalloc byte[label.Length + DomainName.MaxWireLength];
        label.CopyTo(dmarc);
        wire.CopyTo(dmarc[label.Length..]);
        return zone.Find(dmarc[..(label.Length + wire.Length)]) is { } policy && policy.Has(RRType.TXT);
    }
}
