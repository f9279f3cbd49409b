using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An NSEC3's Type Bit Maps field "identifies the RRSet types that exist at the original owner name of the NSEC3 RR"
/// (RFC 5155 §3.1.8, §3.2.1): the types of the name whose hash it carries — none for an empty non-terminal, and at a
/// delegation point only NS, DS and RRSIG. A wrong map makes true negative answers bogus or false ones provable.
/// </summary>
[ZoneRule("ZL8143", "NSEC3 type bit map wrong", "NSEC3 for '{0}' {1}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8143Nsec3BitmapWrong : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var chain = Nsec3Chain.For(context.Zone);
        if (chain.Mode != DenialMode.Nsec3)
        {
            return;
        }

        foreach (var entry in chain.Entries)
        {
            if (!chain.Members.TryGetValue(entry.Hash, out var member))
            {
                continue; // ZL8142's.
            }

            var expected = DnssecZone.ExpectedTypes(member.Node, member.Role, nsec3: true);
            if (BitmapDifference.Describe(expected, entry.Data.Types) is { } difference)
            {
                context.Report(entry.Record, member.Node.Name, difference);
            }
        }
    }
}
