using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// Parses one-record snippets under <c>$ORIGIN example.com.</c> for the per-type RDATA tables: typed values, errors at
/// marked places (<c>[|</c>), the RFC 3597 form against the text form, and print-then-parse round trips.
/// </summary>
internal static class RdataAssert
{
    public static readonly DomainName Origin = DomainName.Parse("example.com.");

    public const string Header = "$ORIGIN example.com.\n$TTL 3600\n";

    public static ParseResult ParseZone(string text) => ZoneParser.Parse(text, ZoneParseOptions.Default with { Origin = Origin });

    /// <summary>Parses <c>@ type rdata</c>, asserts it is clean, and returns the one record.</summary>
    public static ResourceRecord ParseRecord(string type, string rdata)
    {
        var result = ParseZone($"{Header}@ {type} {rdata}\n");
        Assert.That(result.Diagnostics, Is.Empty, () => $"'{type} {rdata}' gave:\n" + string.Join("\n", result.Diagnostics));
        Assert.That(result.Zone.Records, Has.Count.EqualTo(1));
        return result.Zone.Records[0];
    }

    /// <summary>Parses <c>@ type rdata</c> and returns its typed RDATA.</summary>
    public static T Parse<T>(string type, string rdata)
        where T : RecordData
    {
        var data = ParseRecord(type, rdata).Data;
        Assert.That(data, Is.InstanceOf<T>());
        return (T)data;
    }

    /// <summary>
    /// Parses a record line in which <c>[|</c> marks where the one diagnostic must be; asserts its ID, its place, that the
    /// message contains <paramref name="messagePart"/>, and that no record came out of the line.
    /// </summary>
    public static Diagnostic Invalid(string markupLine, string id, string? messagePart = null)
    {
        var (text, marks) = RuleTestHarness.ParseMarkup(Header + markupLine + "\n");
        Assert.That(marks, Has.Count.EqualTo(1), "mark exactly one place with [|");
        var result = ParseZone(text);
        Assert.That(result.Diagnostics, Has.Length.EqualTo(1), () => string.Join("\n", result.Diagnostics));
        var d = result.Diagnostics[0];
        Assert.Multiple(() =>
        {
            Assert.That(d.Id, Is.EqualTo(id), d.ToString());
            Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo(marks[0]), d.ToString());
            if (messagePart is not null)
            {
                Assert.That(d.Message, Does.Contain(messagePart));
            }

            Assert.That(result.Zone.Records, Is.Empty);
        });
        return d;
    }

    /// <summary>
    /// Asserts that the RFC 3597 form <c>\# length hex</c> decodes to the same typed RDATA as the text form, and that
    /// the text form's wire form is that hex.
    /// </summary>
    public static void GenericEqualsText(string type, string text, string hex)
    {
        var typed = ParseRecord(type, text).Data;
        string compact = hex.Replace(" ", string.Empty, StringComparison.Ordinal);
        var generic = ParseRecord(type, $"\\# {compact.Length / 2} {hex}").Data;
        Assert.Multiple(() =>
        {
            Assert.That(Convert.ToHexString(typed.ToWire()), Is.EqualTo(compact.ToUpperInvariant()), "wire form of the text form");
            Assert.That(generic.GetType(), Is.EqualTo(typed.GetType()));
            Assert.That(generic, Is.EqualTo(typed));
            Assert.That(generic.ToString(), Is.EqualTo(typed.ToString()));
        });
    }

    /// <summary>Asserts that RFC 3597 data the type cannot hold is refused with ZL0002 at the <c>\#</c>.</summary>
    public static void GenericInvalid(string type, string hex, string? messagePart = null)
    {
        string compact = hex.Replace(" ", string.Empty, StringComparison.Ordinal);
        Invalid($"@ {type} [|\\# {compact.Length / 2} {hex}", "ZL0002", messagePart);
    }

    /// <summary>Parses <c>@ type rdata</c>, prints the record, parses that, and asserts both are equal and print alike.</summary>
    public static string RoundTrip(string type, string rdata)
    {
        var first = ParseRecord(type, rdata);
        string printed = first.ToString();
        var result = ZoneParser.Parse(printed + "\n");
        Assert.That(result.Diagnostics, Is.Empty, () => $"'{printed}' gave:\n" + string.Join("\n", result.Diagnostics));
        Assert.That(result.Zone.Records, Has.Count.EqualTo(1));
        var second = result.Zone.Records[0];
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second.Data.GetType(), Is.EqualTo(first.Data.GetType()));
            Assert.That(second.Ttl, Is.EqualTo(first.Ttl));
            Assert.That(second.ToString(), Is.EqualTo(printed));
        });
        return first.Data.ToString();
    }
}
