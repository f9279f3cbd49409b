using System.Globalization;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Rules.Dnssec;

/// <summary>
/// RRSIG records grouped the way a signer makes them: one batch per signer, key and validity time. A zone signed in
/// one run has thousands of RRSIGs that expire together; the validity rules report each batch once, at its first
/// record in the file, with the count of the others, rather than once per signature.
/// </summary>
internal static class SignatureBatches
{
    /// <summary>The RRSIGs for which <paramref name="select"/> gives a time, grouped by signer, key tag, algorithm and that time.</summary>
    public static List<(ResourceRecord First, RrsigData Data, int Count)> Find(Zone zone, Func<RrsigData, uint?> select)
    {
        var batches = new Dictionary<(DomainName Signer, ushort KeyTag, byte Algorithm, uint Time), (ResourceRecord First, RrsigData Data, int Count)>();
        foreach (var node in zone.NodesWith(RRType.RRSIG))
        {
            foreach (var record in node.Get(RRType.RRSIG))
            {
                if (record.Data is not RrsigData sig || select(sig) is not uint time)
                {
                    continue;
                }

                var key = (sig.SignerName, sig.KeyTag, sig.Algorithm, time);
                if (batches.TryGetValue(key, out var batch))
                {
                    bool earlier = record.Location.Line < batch.First.Location.Line
                        || (record.Location.Line == batch.First.Location.Line && record.Location.Column < batch.First.Location.Column);
                    batches[key] = (earlier ? record : batch.First, earlier ? sig : batch.Data, batch.Count + 1);
                }
                else
                {
                    batches[key] = (record, sig, 1);
                }
            }
        }

        return [.. batches.Values];
    }

    /// <summary>"" for one signature; otherwise how many more share the batch.</summary>
    public static string Others(int count) => count switch
    {
        1 => string.Empty,
        2 => " (and 1 more RRSIG by the same key with the same time)",
        _ => string.Create(CultureInfo.InvariantCulture, $" (and {count - 1} more RRSIGs by the same key with the same time)"),
    };

    /// <summary>A time as UTC, to the second.</summary>
    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The RRSIG validity time <paramref name="value"/> as a date near the lint's time (RFC 4034 §3.1.5 serial arithmetic).</summary>
    public static DateTimeOffset Resolve(uint value, RuleContext context) => RrsigData.ResolveTime(value, context.Now);
}
