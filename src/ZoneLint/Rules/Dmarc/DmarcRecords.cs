using ZoneLint.Model;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dmarc;

/// <summary>A DMARC record published in the zone: the TXT record, its joined text and its parse.</summary>
/// <param name="At">The TXT record.</param>
/// <param name="Text">Its strings joined (RFC 7489 §6.3 reads them as one tag list).</param>
/// <param name="IsPolicy">Whether it is at a <c>_dmarc</c> policy name (else at a report authorization name).</param>
/// <param name="Parsed">The parse, as a policy record when <paramref name="IsPolicy"/>.</param>
/// <param name="IsDmarc">Whether receivers take it as DMARC (<see cref="DmarcRecord.IsDmarc"/>), rather than it only looking like it.</param>
internal readonly record struct DmarcEntry(RecordRef At, string Text, bool IsPolicy, DmarcRecord Parsed, bool IsDmarc) : IRecordEntry
{
    /// <summary>The TXT record.</summary>
    public ResourceRecord Record => At.Record;

    /// <summary>For a policy record, the domain it is the policy of (the zone's own instance of the owner's parent); else null.</summary>
    /// <remarks>PERF: looked up once here; the rules that ask for it (ZL3005 and the published policies) each did.</remarks>
    public DomainName? PolicyDomain { get; init; }
}

/// <summary>The zone's DMARC records, found and parsed once per zone and shared by the DMARC rules.</summary>
internal static class DmarcRecords
{
    /// <summary>
    /// Every authoritative TXT record at a policy name (<c>_dmarc.&lt;domain&gt;</c>) or a report authorization name that
    /// starts <c>v=DMARC1</c> or looks as if it meant to.
    /// </summary>
    public static RecordEntries<DmarcEntry> InZone(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.GetShared(static z => new Shared(new(Parse(z)))).Entries;
    }

    private static List<DmarcEntry> Parse(Zone zone)
    {
        const TxtOwnerKind DmarcName = TxtOwnerKind.DmarcPolicy | TxtOwnerKind.DmarcAuthorization;
        var texts = SpfRecords.AuthoritativeTxt(zone);
        var owners = SpfRecords.AuthoritativeTxtOwners(zone);
        int count = 0;
        foreach (var owner in owners)
        {
            count += (owner & DmarcName) != 0 ? 1 : 0;
        }

        var atDmarcNames = new int[count];
        for (int i = 0, k = 0; k < count; i++)
        {
            if ((owners[i] & DmarcName) != 0)
            {
                atDmarcNames[k++] = i;
            }
        }

        // PERF: sized for every TXT record at a DMARC name (see SpfRecords.Parse).
        var list = new List<DmarcEntry>(count);

        // PERF: what a text is depends on the text alone, and subdomains often publish one policy text; telling whether
        // it is DMARC reads its tag list, so each distinct text is read once.
        var known = new Dictionary<string, Reading>(StringComparer.Ordinal);
        for (int k = 0; k < atDmarcNames.Length; k++)
        {
            // PERF: each record and its owner's name lie far apart, a cache miss each (perf: 95% of this loop's samples
            // on reading the record's owner); those a few entries ahead are fetched meanwhile, as RecordEntries does.
            if (k + RecordRef.RecordsAhead < atDmarcNames.Length)
            {
                texts.At(atDmarcNames[k + RecordRef.RecordsAhead]).PrefetchRecord();
            }

            if (k + RecordRef.OwnersAhead < atDmarcNames.Length)
            {
                texts.At(atDmarcNames[k + RecordRef.OwnersAhead]).PrefetchOwner();
            }

            int i = atDmarcNames[k];
            string text = texts.TextAt(i);
            bool policy = (owners[i] & TxtOwnerKind.DmarcPolicy) != 0;
            if (!known.TryGetValue(text, out var reading))
            {
                bool isDmarc = DmarcRecord.IsDmarc(text);
                reading = new Reading(isDmarc, isDmarc || DmarcRecord.LooksLikeDmarc(text));
                known.Add(text, reading);
            }

            if (reading.Kept)
            {
                var dmarc = policy
                    ? reading.AsPolicy ??= DmarcRecord.Parse(text, policyRecord: true)
                    : reading.AsAuthorization ??= DmarcRecord.Parse(text, policyRecord: false);
                var at = texts.At(i);
                list.Add(new DmarcEntry(at, text, policy, dmarc, reading.IsDmarc) { PolicyDomain = policy ? zone.ParentOf(at.Record.Owner) : null });
            }
        }

        return list;
    }

    /// <summary>One distinct text: whether it is DMARC or meant to be, and its parse each way it was asked for.</summary>
    private sealed class Reading(bool isDmarc, bool kept)
    {
        public bool IsDmarc { get; } = isDmarc;

        public bool Kept { get; } = kept;

        public DmarcRecord? AsPolicy { get; set; }

        public DmarcRecord? AsAuthorization { get; set; }
    }

    private sealed record Shared(RecordEntries<DmarcEntry> Entries);
}
