using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Rules.Dkim;
using ZoneLint.Rules.Dmarc;

namespace ZoneLint.Rules.Spf;

/// <summary>An SPF record published in the zone: the TXT record and its parse.</summary>
internal readonly record struct SpfEntry(RecordRef At, SpfRecord Spf) : IRecordEntry
{
    public ResourceRecord Record => At.Record;

    public DomainName Owner => Record.Owner;

    /// <summary>Where a term starts in the zone file.</summary>
    public SourceLocation Locate(SpfTerm term) => TxtRecordText.Locate(Record, term.Offset);
}

/// <summary>What fetching the SPF record of a name found (RFC 7208 §4.4, §4.5).</summary>
internal enum SpfFetchStatus
{
    /// <summary>Nobody can tell (outside the zone without a resolver, or the resolver did not know).</summary>
    Unknown,

    /// <summary>An SPF record was found.</summary>
    Found,

    /// <summary>The name does not exist.</summary>
    NameDoesNotExist,

    /// <summary>The name exists but publishes no TXT record.</summary>
    NoTxt,

    /// <summary>The name has TXT records, none of them SPF.</summary>
    NoSpf,
}

/// <summary>The SPF record of a name, from the zone or the resolver.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Spf">The first SPF record, when found.</param>
/// <param name="ZoneRecord">The zone's TXT record holding it, when it comes from the zone.</param>
internal sealed record SpfFetch(SpfFetchStatus Status, SpfRecord? Spf, ResourceRecord? ZoneRecord)
{
    public bool IsMissing => Status is SpfFetchStatus.NameDoesNotExist or SpfFetchStatus.NoTxt or SpfFetchStatus.NoSpf;

    /// <summary>Why there is no record, for messages.</summary>
    public string Describe(DomainName name) => Status switch
    {
        SpfFetchStatus.NameDoesNotExist => $"{name} does not exist",
        SpfFetchStatus.NoTxt => $"{name} has no TXT record",
        SpfFetchStatus.NoSpf => $"{name} has TXT records but none starts with v=spf1",
        _ => $"{name} has an SPF record",
    };
}

/// <summary>Finds SPF records: every one the zone publishes, and the one a name publishes (following includes).</summary>
internal static class SpfRecords
{
    // How many TXT data instances Join remembers by reference.
    private const int MaxSharedInstances = 1 << 16;

    /// <summary>Every authoritative TXT record of the zone that is an SPF record (RFC 7208 §4.5), with its parse.</summary>
    /// <remarks>
    /// Records below a zone cut or a DNAME are not the zone's data and are skipped. Parsed once per zone and shared. Listed
    /// node by node, so the entries of one owner lie together.
    /// </remarks>
    public static RecordEntries<SpfEntry> InZone(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.GetShared(static z => new SharedSpf(new(Parse(AuthoritativeTxt(z))))).Entries;
    }

    /// <summary>Every authoritative TXT record of the zone with its joined text, worked out once per zone.</summary>
    public static AuthoritativeTexts AuthoritativeTxt(Zone zone) => SharedTexts(zone).Entries;

    /// <summary>Where the owner of each of <see cref="AuthoritativeTxt"/>'s entries puts it, by position.</summary>
    /// <remarks>
    /// PERF: worked out once per owner while the texts are joined, where its name was just read. The DMARC and DKIM
    /// parses each read every TXT record's owner name to find theirs, two cache misses a record (184,074 records at a
    /// million): DKIM 75-103 -> 18-26 ms, DMARC 95-146 -> 58-81 ms, the join 25 ms longer.
    /// </remarks>
    public static ReadOnlySpan<TxtOwnerKind> AuthoritativeTxtOwners(Zone zone) => SharedTexts(zone).Owners;

    private static SharedTxt SharedTexts(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.GetShared(static z => Join(z));
    }

    private static List<SpfEntry> Parse(AuthoritativeTexts texts)
    {
        // PERF: sized exactly, as the DMARC and DKIM lists are: the lint runs without a collection, so every array a
        // list outgrows stays in memory to its end (3 MB at a million records for the three lists).
        int count = 0;
        for (int i = 0; i < texts.Count; i++)
        {
            count += SpfRecord.IsSpf(texts.TextAt(i)) ? 1 : 0;
        }

        var list = new List<SpfEntry>(count);
        var parsed = new Dictionary<string, SpfRecord>(StringComparer.Ordinal);
        for (int i = 0; i < texts.Count; i++)
        {
            string text = texts.TextAt(i);
            if (SpfRecord.IsSpf(text))
            {
                // PERF: a parse depends on the text alone, and zones repeat texts (one template per customer domain).
                if (!parsed.TryGetValue(text, out var spf))
                {
                    spf = SpfRecord.Parse(text);
                    parsed.Add(text, spf);
                }

                list.Add(new SpfEntry(texts.At(i), spf));
            }
        }

        return list;
    }

    private const int NamesAhead = 2;
    private const int OctetsAhead = 1;

    private static SharedTxt Join(Zone zone)
    {
        // PERF: the TXT index, and the joined text made once per distinct text rather than once per record and rule:
        // zones repeat their SPF, DMARC and DKIM texts (the 1M-record benchmark zone has 1,804 texts in 184,074 TXT
        // records), and a 2048-bit DKIM key is some 800 bytes of joined text.
        var txtNodes = zone.NodesWith(RRType.TXT);

        // PERF: arrays sized for every TXT record of the zone (nodes with several are common), not lists grown by
        // doubling, whose outgrown arrays stayed to the end of a lint that runs without a collection.
        int most = zone.CountOf(RRType.TXT);

        var entries = new (RecordRef At, string Text)[most];
        var owners = new TxtOwnerKind[most];
        int count = 0;
        var texts = new Dictionary<CharacterStringsData, string>(SameStrings.Instance);

        // PERF: the parser keeps equal TXT data as one instance (TextTable), so a record is first looked for by its data's
        // instance, which hashes no strings (a DKIM key is some 800 octets): 0.8% of a run's samples on the 1M-record
        // zone went to hashing 184,074 records' strings. Bounded, for zones built in code whose records share no data.
        var byInstance = new Dictionary<TxtData, string>(ReferenceEqualityComparer.Instance);
        int at = -1;
        foreach (var node in txtNodes)
        {
            // PERF: the names of the owners that are not host names are read below (DMARC and DKIM names), each object and
            // its octets a likely cache miss (perf: IsPolicyName's samples all on its first read of the name); those of
            // the next nodes are fetched meanwhile.
            at++;
            if (at + NamesAhead < txtNodes.Length && txtNodes[at + NamesAhead] is var soon && !zone.IsHostName(soon, allowWildcard: false))
            {
                Prefetch.Object(soon.Name);
            }

            if (at + OctetsAhead < txtNodes.Length && txtNodes[at + OctetsAhead] is var next && !zone.IsHostName(next, allowWildcard: false))
            {
                next.Name.PrefetchOctets();
            }

            if (!ZoneQueries.IsAuthoritative(node, RRType.TXT))
            {
                continue;
            }

            // A host name has no '_' label, so it is no DMARC or DKIM name; asked of the zone, not of the name's octets.
            var owner = zone.IsHostName(node, allowWildcard: false) ? TxtOwnerKind.None : OwnerKind(node.Name);
            var rrset = node.Get(RRType.TXT);
            for (int i = 0; i < rrset.Length; i++)
            {
                if (rrset[i].Data is TxtData txt)
                {
                    if (!byInstance.TryGetValue(txt, out var text))
                    {
                        if (!texts.TryGetValue(txt, out text))
                        {
                            text = TxtRecordText.Join(txt);
                            texts.Add(txt, text);
                        }

                        if (byInstance.Count < MaxSharedInstances)
                        {
                            byInstance.Add(txt, text);
                        }
                    }

                    entries[count] = (RecordRef.To(zone, rrset, i), text);
                    owners[count++] = owner;
                }
            }
        }

        // Records below a cut or a DNAME were counted: rare, and then the arrays are cut to size.
        if (count < most)
        {
            Array.Resize(ref entries, count);
            Array.Resize(ref owners, count);
        }

        return new SharedTxt(new AuthoritativeTexts(entries), owners);
    }

    private static TxtOwnerKind OwnerKind(DomainName name) =>
        (DmarcNames.IsPolicyName(name) ? TxtOwnerKind.DmarcPolicy : DmarcNames.IsAuthorizationName(name) ? TxtOwnerKind.DmarcAuthorization : TxtOwnerKind.None)
        | (DkimKeys.IsKeyName(name) ? TxtOwnerKind.DkimKey : TxtOwnerKind.None);

    private sealed class SharedTxt(AuthoritativeTexts entries, TxtOwnerKind[] owners)
    {
        public AuthoritativeTexts Entries => entries;

        public ReadOnlySpan<TxtOwnerKind> Owners => owners;
    }

    private sealed record SharedSpf(RecordEntries<SpfEntry> Entries);
}

/// <summary>The zone's authoritative TXT records, each with its joined text, node by node.</summary>
/// <remarks>
/// PERF: an array, not a list: the list's indexer over this tuple of ZoneLint's
/// own type is generic code the precompiled image does not hold, and ran as the runtime's first, unoptimised, compile
/// in every rule that walked the texts. Rules that need only the texts read them alone (<see cref="TextAt"/>): reading
/// each record too was a cache miss a record, where the texts, one per distinct text, stay in the cache.
/// </remarks>
internal sealed class AuthoritativeTexts((RecordRef At, string Text)[] entries) : IReadOnlyList<(ResourceRecord Record, string Text)>
{
    public int Count => entries.Length;

    public (ResourceRecord Record, string Text) this[int index] => (entries[index].At.Record, entries[index].Text);

    public RecordRef At(int index) => entries[index].At;

    public string TextAt(int index) => entries[index].Text;

    public IEnumerator<(ResourceRecord Record, string Text)> GetEnumerator()
    {
        for (int i = 0; i < entries.Length; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
