using System.Globalization;
using System.Text;
using ZoneLint.Model;
using ZoneLint.Parsing;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>Parses one-record snippets after a fixed two-line preamble and checks what the typed RDATA classes make of them.</summary>
internal static class DnssecSvcbAssert
{
    /// <summary>Two lines: every snippet's first record is on line 3.</summary>
    public const string Preamble = "$ORIGIN example.com.\n$TTL 300\n";

    public static ParseResult Parse(string body) => ZoneParser.Parse(Preamble + body);

    /// <summary>The RDATA of the only record in <paramref name="body"/>, which must parse without any diagnostic.</summary>
    public static T Single<T>(string body)
        where T : RecordData
    {
        var result = Parse(body);
        Assert.That(result.Diagnostics, Is.Empty, () => $"unexpected diagnostics for:\n{body}\n" + string.Join("\n", result.Diagnostics));
        Assert.That(result.Zone.Records, Has.Count.EqualTo(1));
        Assert.That(result.Zone.Records[0].Data, Is.InstanceOf<T>());
        return (T)result.Zone.Records[0].Data;
    }

    /// <summary>
    /// Asserts exactly one diagnostic with <paramref name="id"/> at the <c>[|</c> mark, and returns its message so the caller
    /// can check that it names the field.
    /// </summary>
    public static string Error(string markup, string id)
    {
        var (text, marks) = RuleTestHarness.ParseMarkup(Preamble + markup);
        Assert.That(marks, Has.Count.EqualTo(1), "mark exactly one place with [|");
        var result = ZoneParser.Parse(text);
        Assert.That(result.Diagnostics, Has.Length.EqualTo(1), () => $"expected one diagnostic for:\n{text}\ngot:\n" + string.Join("\n", result.Diagnostics));
        var d = result.Diagnostics[0];
        Assert.That((d.Id, d.Location.Line, d.Location.Column), Is.EqualTo((id, marks[0].Line, marks[0].Column)), d.ToString());
        Assert.That(result.Zone.Records, Is.Empty, "the bad record must not be kept");
        return d.Message;
    }

    /// <summary>The RFC 3597 form of <paramref name="data"/>: <c>\# length hex</c>.</summary>
    public static string Generic(RecordData data)
    {
        var wire = data.ToWire();
        return string.Create(CultureInfo.InvariantCulture, $"\\# {wire.Length} {Convert.ToHexString(wire)}");
    }

    /// <summary>Text → typed → <c>\#</c> → typed must give equal RDATA of the same class, and the same presentation.</summary>
    public static void GenericEqualsText(string type, string rdata)
    {
        var typed = Single<RecordData>($"x {type} {rdata}\n");
        var again = Single<RecordData>($"x {type} {Generic(typed)}\n");
        Assert.That(again.GetType(), Is.EqualTo(typed.GetType()), "\\# data must decode to the typed class");
        Assert.That(again, Is.EqualTo(typed));
        Assert.That(again.ToWire(), Is.EqualTo(typed.ToWire()));
        Assert.That(again.ToString(), Is.EqualTo(typed.ToString()));
    }

    /// <summary>Print → parse → print must be stable and give equal RDATA.</summary>
    public static void RoundTrip(string type, string rdata)
    {
        var first = Single<RecordData>($"x {type} {rdata}\n");
        string printed = first.ToString();
        var second = Single<RecordData>($"x {type} {printed}\n");
        Assert.That(second, Is.EqualTo(first), printed);
        Assert.That(second.ToWire(), Is.EqualTo(first.ToWire()), printed);
        Assert.That(second.ToString(), Is.EqualTo(printed));
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    public static string Describe(ParseResult result)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics)
        {
            sb.Append("  ").Append(d).Append('\n');
        }

        return sb.ToString();
    }
}
