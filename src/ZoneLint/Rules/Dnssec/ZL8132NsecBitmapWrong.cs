using ZoneLint.Dnssec;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// An NSEC's Type Bit Maps field "identifies the RRset types that exist at the NSEC RR's owner name" (RFC 4034 §4.1.2),
/// RRSIG and NSEC included; at a delegation point only the parent's NS, DS, RRSIG and NSEC (RFC 4035 §2.3). A type
/// missing from the map lets a validator accept a false "no such type"; a type listed but absent makes true negative
/// answers for it bogus.
/// </summary>
[ZoneRule("ZL8132", "NSEC type bit map wrong", "NSEC at '{0}' {1}", RuleCategories.Dnssec, DiagnosticSeverity.Error)]
internal sealed class ZL8132NsecBitmapWrong : ZoneRule
{
    public override void Analyze(RuleContext context)
    {
        var zone = context.Zone;
        if (Nsec3Chain.DetectMode(zone) != DenialMode.Nsec)
        {
            return;
        }

        foreach (var member in NsecChain.For(zone).Members)
        {
            var nsecs = member.Node.Get(RRType.NSEC);
            if (nsecs.Length == 0 || nsecs[0].Data is not NsecData nsec)
            {
                continue;
            }

            var expected = DnssecZone.ExpectedTypes(member.Node, member.Role, nsec3: false);
            if (BitmapDifference.Describe(expected, nsec.Types) is { } difference)
            {
                context.Report(nsecs[0], member.Node.Name, difference);
            }
        }
    }
}

/// <summary>Describes how a bit map differs from the types present, for ZL8132 and ZL8143.</summary>
internal static class BitmapDifference
{
    public static string? Describe(SortedSet<ushort> expected, System.Collections.Immutable.ImmutableArray<RRType> listed)
    {
        var missing = new SortedSet<ushort>(expected);
        var extra = new SortedSet<ushort>();
        foreach (var t in listed)
        {
            if (!missing.Remove(t.Value))
            {
                extra.Add(t.Value);
            }
        }

        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(2);
        if (missing.Count > 0)
        {
            parts.Add($"omits {DnssecZone.FormatTypes(missing)}, which the name has");
        }

        if (extra.Count > 0)
        {
            parts.Add($"lists {DnssecZone.FormatTypes(extra)}, which the name does not have");
        }

        return "bit map " + string.Join(" and ", parts) + $" (expected: {DnssecZone.FormatTypes(expected)})";
    }
}
