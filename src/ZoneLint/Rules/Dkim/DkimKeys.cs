using System.Text;
using ZoneLint.Model;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules.Dkim;

/// <summary>A DKIM key record published in the zone, with its parse.</summary>
internal readonly record struct DkimKeyEntry(RecordRef At, DkimKeyRecord Key) : IRecordEntry
{
    public ResourceRecord Record => At.Record;

    public DomainName Owner => Record.Owner;

    public SourceLocation Locate(int offset) => TxtRecordText.Locate(Record, offset);
}

/// <summary>Finds DKIM key records: TXT records at <c>&lt;selector&gt;._domainkey.&lt;domain&gt;</c> (RFC 6376 §3.6.2.1).</summary>
internal static class DkimKeys
{
    private static readonly byte[] DomainKeyLabel = "_domainkey"u8.ToArray();

    /// <summary>Whether a label other than the leftmost is <c>_domainkey</c>; selectors may have several labels (RFC 6376 §3.1).</summary>
    public static bool IsKeyName(DomainName name)
    {
        // PERF: one walk over the labels after the first (counting them and fetching each by index walked from the start).
        var wire = name.Wire;
        for (int offset = wire[0] == 0 ? 0 : wire[0] + 1; wire[offset] != 0; offset += wire[offset] + 1)
        {
            var label = wire.Slice(offset + 1, wire[offset]);
            if (label.Length == DomainKeyLabel.Length && Ascii.EqualsIgnoreCase(label, DomainKeyLabel))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every authoritative TXT record at a key name, parsed as a key record; parsed once per zone and shared.</summary>
    public static RecordEntries<DkimKeyEntry> InZone(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.GetShared(static z => new SharedKeys(new(Parse(z)))).Entries;
    }

    private static List<DkimKeyEntry> Parse(Zone zone)
    {
        var texts = SpfRecords.AuthoritativeTxt(zone);
        var owners = SpfRecords.AuthoritativeTxtOwners(zone);
        int count = 0;
        foreach (var owner in owners)
        {
            count += (owner & TxtOwnerKind.DkimKey) != 0 ? 1 : 0;
        }

        // PERF: sized exactly (see SpfRecords.Parse).
        var list = new List<DkimKeyEntry>(count);
        var parsed = new Dictionary<string, DkimKeyRecord>(StringComparer.Ordinal);
        for (int i = 0; i < owners.Length; i++)
        {
            if ((owners[i] & TxtOwnerKind.DkimKey) != 0)
            {
                string text = texts.TextAt(i);
                // PERF: a parse depends on the text alone; one key is often published under several names.
                if (!parsed.TryGetValue(text, out var key))
                {
                    key = DkimKeyRecord.Parse(text);
                    parsed.Add(text, key);
                }

                list.Add(new DkimKeyEntry(texts.At(i), key));
            }
        }

        return list;
    }

    private sealed record SharedKeys(RecordEntries<DkimKeyEntry> Entries);
}
