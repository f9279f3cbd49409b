using ZoneLint.Model;
using ZoneLint.Model.Records;
using ZoneLint.Parsing;

namespace ZoneLint.Tests.Parsing;

public class SrvDataParsingTests
{
    [Test]
    public void Reads_priority_weight_port_and_a_relative_target()
    {
        var result = ZoneParser.Parse("_sip._tcp 3600 IN SRV 10 60 5060 sip\n", ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        var srv = (SrvData)result.Zone.Records.Single().Data;
        Assert.That((srv.Priority, srv.Weight, srv.Port), Is.EqualTo(((ushort)10, (ushort)60, (ushort)5060)));
        Assert.That(srv.Target, Is.EqualTo(DomainName.Parse("sip.example.com.")));
        Assert.That(srv.IsServiceUnavailable, Is.False);
        Assert.That(srv.ToString(), Is.EqualTo("10 60 5060 sip.example.com."));
    }

    [Test]
    public void The_generic_form_decodes_to_the_same_rdata()
    {
        // 0 0 0 "." in RFC 3597 form: three 16-bit zeros and the root label.
        var result = ZoneParser.Parse("_x._tcp 3600 IN SRV \\# 7 0000 0000 0000 00\n_y._tcp 3600 IN SRV 0 0 0 .\n", ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        Assert.That(result.Diagnostics, Is.Empty, string.Join("\n", result.Diagnostics));
        var generic = (SrvData)result.Zone.Records[0].Data;
        Assert.That(generic.IsServiceUnavailable, Is.True);
        Assert.That(generic, Is.EqualTo(result.Zone.Records[1].Data));
        Assert.That(generic.ToWire(), Is.EqualTo(new byte[] { 0, 0, 0, 0, 0, 0, 0 }));
    }

    [TestCase("_x._tcp SRV 10 60 5060\n")]
    [TestCase("_x._tcp SRV 10 60 70000 sip\n")]
    [TestCase("_x._tcp SRV 10 sixty 5060 sip\n")]
    public void Rejects_incomplete_or_out_of_range_fields(string text)
    {
        var result = ZoneParser.Parse("$TTL 1h\n" + text, ZoneParseOptions.Default with { Origin = DomainName.Parse("example.com.") });
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("ZL0002"));
    }
}
