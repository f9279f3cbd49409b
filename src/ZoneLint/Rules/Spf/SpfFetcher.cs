using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Spf;

/// <summary>The SPF records names publish, as includes and redirects fetch them, for one rule's run.</summary>
/// <remarks>
/// PERF: what a name publishes does not depend on the term or the way that leads to it, so each name is fetched (its TXT
/// joined and parsed) once: one record of 2,000 includes of a record of 2,000 terms parsed that record 2,000 times (1.9 s
/// and 2.2 GB allocated for a 78 KB zone), and a chain of 50,000 includes, whose counts the nesting limit cuts short,
/// parsed 26 records a record (39 KB each).
/// </remarks>
internal sealed class SpfFetcher(NameLookup lookup)
{
    private readonly Dictionary<DomainName, SpfFetch> fetched = new();

    /// <summary>The SPF record <paramref name="name"/> publishes.</summary>
    public SpfFetch Fetch(DomainName name)
    {
        if (!fetched.TryGetValue(name, out var fetch))
        {
            fetched.Add(name, fetch = FetchNew(lookup, name));
        }

        return fetch;
    }

    private static SpfFetch FetchNew(NameLookup lookup, DomainName name)
    {
        var answer = lookup.Query(name, RRType.TXT);
        switch (answer.Status)
        {
            case LookupStatus.NameDoesNotExist:
                return new SpfFetch(SpfFetchStatus.NameDoesNotExist, null, null);
            case LookupStatus.NoData:
                return new SpfFetch(SpfFetchStatus.NoTxt, null, null);
            case LookupStatus.Answered:
                for (int i = 0; i < answer.Data.Count; i++)
                {
                    if (answer.Data[i] is CharacterStringsData txt && TxtRecordText.Join(txt) is var text && SpfRecord.IsSpf(text))
                    {
                        ResourceRecord? zoneRecord = i < answer.ZoneRecords.Count ? answer.ZoneRecords[i] : null;
                        return new SpfFetch(SpfFetchStatus.Found, SpfRecord.Parse(text), zoneRecord);
                    }
                }

                return new SpfFetch(SpfFetchStatus.NoSpf, null, null);
            default:
                return new SpfFetch(SpfFetchStatus.Unknown, null, null);
        }
    }
}
