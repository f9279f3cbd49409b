using System.Globalization;
using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// Signatures ZoneLint cannot check: an algorithm with no verifier registered (Ed25519 and Ed448 need
/// <c>ZoneLint.Dnssec.BouncyCastle</c>), or RRsets whose RDATA is kept as text because no typed parser knows its wire
/// form, so the canonical form RFC 4034 §6.2 signs cannot be built. Reported once per algorithm and once per type, as
/// information: a validator that supports them may accept the data (RFC 4035 §5.2 treats an unknown algorithm as
/// insecure, not bogus).
/// </summary>
[ZoneRule("ZL8103", "Signature not checked", "{0}", RuleCategories.Dnssec, DiagnosticSeverity.Info)]
internal sealed class ZL8103SignatureNotChecked : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (!DnssecZone.IsSigned(zone))
        {
            return;
        }

        var byAlgorithm = new SortedDictionary<byte, (ResourceRecord First, int Count)>();
        var byType = new SortedDictionary<ushort, (ResourceRecord First, int Count)>();
        foreach (var node in zone.NodesWith(RRType.RRSIG))
        {
            var rrsigs = node.Get(RRType.RRSIG);
            if (rrsigs.Length == 0)
            {
                continue;
            }

            var role = DnssecZone.Role(zone, node.Name);
            foreach (var r in rrsigs)
            {
                if (r.Data is not RrsigData sig || !DnssecZone.IsSigned(role, sig.TypeCovered) || !node.Has(sig.TypeCovered))
                {
                    continue;
                }

                if (!context.DnssecAlgorithms.Contains(sig.Algorithm))
                {
                    Count(byAlgorithm, sig.Algorithm, r);
                }
                else if (DnssecZone.HasUntypedData(node.Get(sig.TypeCovered)))
                {
                    Count(byType, sig.TypeCovered.Value, r);
                }
            }
        }

        foreach (var (algorithm, (first, count)) in byAlgorithm)
        {
            context.Report(first, string.Create(CultureInfo.InvariantCulture, $"{count} signature(s) of algorithm {DnssecMnemonics.DescribeAlgorithm(algorithm)} were not verified: no verifier for it is registered (Ed25519 and Ed448 come with ZoneLint.Dnssec.BouncyCastle)"));
        }

        foreach (var (type, (first, count)) in byType)
        {
            context.Report(first, string.Create(CultureInfo.InvariantCulture, $"{count} signature(s) over {new RRType(type)} RRsets were not verified: ZoneLint keeps {new RRType(type)} RDATA as text, so it cannot build the canonical form that was signed"));
        }
    }

    private static void Count<TKey>(SortedDictionary<TKey, (ResourceRecord First, int Count)> counts, TKey key, ResourceRecord record)
        where TKey : notnull
    {
        if (counts.TryGetValue(key, out var entry))
        {
            var first = DnssecZone.Earlier(entry.First, record);
            counts[key] = (first, entry.Count + 1);
        }
        else
        {
            counts[key] = (record, 1);
        }
    }
}
