using System.Net;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Text;

namespace ZoneLint.Tests.Model;

/// <summary>
/// RDATA equality is RFC 2181 §5 identity: the same octets in comparison form (names lower-cased, RFC 4343). The types
/// most often in RRsets of two or more compare their fields instead; for every pair, of one type or two, that must
/// answer as comparing the octets does, and equal data must hash alike.
/// </summary>
public class RecordDataEqualityTests
{
    private static readonly string[] Names = ["a.example.", "A.Example.", "b.example.", "a.example.net.", "."];

    private static IEnumerable<RecordData> Pool()
    {
        foreach (string address in new[] { "192.0.2.1", "192.0.2.2", "198.51.100.1" })
        {
            yield return new AData(IPAddress.Parse(address));
        }

        foreach (string text in Names)
        {
            var name = DomainName.Parse(text);
            yield return new NsData(name);
            yield return new CNameData(name);
            yield return new PtrData(name);
            yield return new DNameData(name);
            yield return new MxData(10, name);
            yield return new MxData(20, name);
        }
    }

    [Test]
    public void Field_comparison_answers_as_the_comparison_form_for_every_pair()
    {
        var pool = Pool().ToArray();
        int equalPairs = 0;
        foreach (var a in pool)
        {
            foreach (var b in pool)
            {
                bool expected = a.Type == b.Type && ComparisonForm(a).SequenceEqual(ComparisonForm(b));
                Assert.That(a.Equals(b), Is.EqualTo(expected), $"{a.Type} {a} and {b.Type} {b}");
                if (expected)
                {
                    Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()), $"{a} and {b}");
                    equalPairs += ReferenceEquals(a, b) ? 0 : 1;
                }
            }
        }

        Assert.That(equalPairs, Is.GreaterThan(0), "names that differ only in case make equal data");
    }

    private static byte[] ComparisonForm(RecordData data)
    {
        var writer = WireWriter.Rent();
        try
        {
            data.WriteWire(writer, WireForm.Comparison);
            return writer.WrittenSpan.ToArray();
        }
        finally
        {
            WireWriter.Return(writer);
        }
    }
}
