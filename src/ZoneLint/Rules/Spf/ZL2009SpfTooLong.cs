using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Spf;

/// <summary>
/// The answer to an SPF query should fit one UDP response: "If the size of the DNS message, the combined length of the
/// DNS name and the text of all the records of a given type is under 450 octets, then DNS answers ought to fit in UDP
/// packets" (RFC 7208 §3.4). A receiver asks for every TXT record at the name, so the other TXT records there (site
/// verification tokens, say) count too. Reported when that combined length is over 450 octets, or when the estimated
/// response (header, question, and each answer record with a compressed owner) is over 512 octets.
/// </summary>
/// <remarks>
/// The catalog's other case, one string over 255 octets written unsplit, cannot reach a rule: a character-string holds
/// at most 255 octets, so the parser rejects it (ZL0002) and the model cannot hold it.
/// </remarks>
[ZoneRule("ZL2009", "SPF record too long", "SPF record at {0}: {1}; receivers may not get it over UDP; shorten the record or move other TXT records away", RuleCategories.Spf, DiagnosticSeverity.Warning)]
internal sealed class ZL2009SpfTooLong : ZoneRule
{
    private const int GuidelineOctets = 450;
    private const int UdpOctets = 512;

    /// <summary>DNS header (12) plus the question's type and class (4); the name comes on top.</summary>
    private const int FixedOverhead = 12 + 4;

    /// <summary>Per answer record: a compression pointer for the owner (2), type, class, TTL and RDLENGTH (10).</summary>
    private const int PerRecordOverhead = 2 + 10;

    public override void Analyze(RuleContext context)
    {
        // The entries of one owner lie together (SpfRecords lists them node by node), so each owner is looked at once by
        // skipping an entry whose owner is the one before's (PERF: no set of owners).
        DomainName? previous = null;
        foreach (var entry in SpfRecords.InZone(context.Zone))
        {
            if (context.Zone.IsSameOwner(entry.Owner, previous))
            {
                continue;
            }

            previous = entry.Owner;

            int textOctets = 0;
            int rdataOctets = 0;
            int count = 0;
            foreach (var record in context.Zone.Get(entry.Owner, RRType.TXT))
            {
                var data = (CharacterStringsData)record.Data;
                textOctets += data.TotalLength;
                rdataOctets += data.TotalLength + data.Strings.Length;
                count++;
            }

            int combined = entry.Owner.WireLength + textOctets;
            int response = FixedOverhead + entry.Owner.WireLength + (count * PerRecordOverhead) + rdataOctets;
            if (combined <= GuidelineOctets && response <= UdpOctets)
            {
                continue;
            }

            int spfOctets = ((CharacterStringsData)entry.Record.Data).TotalLength;
            string others = count > 1 ? $" of {count} TXT records (the SPF record alone is {spfOctets})" : string.Empty;
            string detail = $"the name and text{others} come to {combined} octets, over the {GuidelineOctets} RFC 7208 §3.4 recommends, and the TXT response to about {response} octets (UDP without EDNS carries {UdpOctets})";
            context.Report(entry.Record, entry.Owner, detail);
        }
    }
}
