using ZoneLint.Model;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dmarc;

/// <summary>A DMARC record published in the zone: the TXT record, its joined text and its parse.</summary>
/// <param name="Record">The TXT record.</param>
/// <param name="Text">Its strings joined (RFC 7489 §6.3 reads them as one tag list).</param>
/// <param name="IsPolicy">Whether it is at a <c>_dmarc</c> policy name (else at a report authorization name).</param>
/// <param name="Parsed">The parse, as a policy record when <paramref name="IsPolicy"/>.</param>
/// <param name="IsDmarc">Whether receivers take it as DMARC (<see cref="DmarcRecord.IsDmarc"/>), rather than it only looking like it.</param>
internal sealed record DmarcEntry(ResourceRecord Record, string Text, bool IsPolicy, DmarcRecord Parsed, bool IsDmarc);

/// <summary>The zone's DMARC records, found and parsed once per zone and shared by the DMARC rules.</summary>
internal static class DmarcRecords
{
    /// <summary>
    /// Every authoritative TXT record at a policy name (<c>_dmarc.&lt;domain&gt;</c>) or a report authorization name that
    /// starts <c>v=DMARC1</c> or looks as if it meant to.
    /// </summary>
    public static IReadOnlyList<DmarcEntry> InZone(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.GetShared(static z => new Shared(Parse(z))).Entries;
    }

    private static List<DmarcEntry> Parse(Zone zone)
    {
        var list = new List<DmarcEntry>();
        var parsed = new Dictionary<(string, bool), DmarcRecord>();
        foreach (var (record, text) in SpfRecords.AuthoritativeTxt(zone))
        {
            bool policy = DmarcNames.IsPolicyName(record.Owner);
            if (!policy && !DmarcNames.IsAuthorizationName(record.Owner))
            {
                continue;
            }

            bool isDmarc = DmarcRecord.IsDmarc(text);
            if (isDmarc || DmarcRecord.LooksLikeDmarc(text))
            {
                // PERF: a parse depends on the text alone, and subdomains often publish one policy text.
                if (!parsed.TryGetValue((text, policy), out var dmarc))
                {
                    dmarc = DmarcRecord.Parse(text, policy);
                    parsed.Add((text, policy), dmarc);
                }

                list.Add(new DmarcEntry(record, text, policy, dmarc, isDmarc));
            }
        }

        return list;
    }

    private sealed record Shared(IReadOnlyList<DmarcEntry> Entries);
}
