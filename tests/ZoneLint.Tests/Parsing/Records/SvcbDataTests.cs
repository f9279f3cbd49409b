using System.Net;
using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>SVCB and HTTPS RDATA (RFC 9460 §2, §7, §8 and Appendix A; RFC 9461 §5; RFC 9540 §4).</summary>
public class SvcbDataTests
{
    [Test]
    public void Service_form_with_every_common_key()
    {
        var https = Single<HttpsData>(
            "www HTTPS 1 svc.example.net. ( alpn=h2,h3 port=8443 ipv4hint=192.0.2.1,192.0.2.2 ipv6hint=2001:db8::1\n" +
            "  ech=aGVsbG93b3JsZCE= mandatory=alpn,port no-default-alpn ohttp tls-supported-groups=29,23 )\n");
        Assert.That(https.Priority, Is.EqualTo(1));
        Assert.That(https.IsAliasMode, Is.False);
        Assert.That(https.Target.ToString(), Is.EqualTo("svc.example.net."));
        Assert.That(https.AlpnIds, Is.EqualTo(new[] { "h2", "h3" }));
        Assert.That(https.Port, Is.EqualTo(8443));
        Assert.That(https.Ipv4Hints, Is.EqualTo(new[] { IPAddress.Parse("192.0.2.1"), IPAddress.Parse("192.0.2.2") }));
        Assert.That(https.Ipv6Hints, Is.EqualTo(new[] { IPAddress.Parse("2001:db8::1") }));
        Assert.That(https.EchConfigList?.ToArray(), Is.EqualTo("helloworld!"u8.ToArray()));
        Assert.That(https.MandatoryKeys, Is.EqualTo(new[] { SvcParamKey.Alpn, SvcParamKey.Port }));
        Assert.That((https.NoDefaultAlpn, https.Ohttp), Is.EqualTo((true, true)));
        Assert.That(https.TlsSupportedGroups, Is.EqualTo(new ushort[] { 29, 23 }));
        Assert.That(https.Parameters.Select(p => p.Key.Value), Is.Ordered.Ascending);
        Assert.That(https.ToString(), Is.EqualTo(
            "1 svc.example.net. mandatory=alpn,port alpn=\"h2,h3\" no-default-alpn port=8443 ipv4hint=192.0.2.1,192.0.2.2 " +
            "ech=aGVsbG93b3JsZCE= ipv6hint=2001:db8::1 ohttp tls-supported-groups=29,23"));
    }

    [Test]
    public void Alias_form_has_no_parameters()
    {
        var svcb = Single<SvcbData>("_dns SVCB 0 dns.example.net.\n");
        Assert.That(svcb.IsAliasMode, Is.True);
        Assert.That(svcb.Parameters, Is.Empty);
        Assert.That((svcb.Port, svcb.DohPath, svcb.EchConfigList), Is.EqualTo(((ushort?)null, (string?)null, (System.Collections.Immutable.ImmutableArray<byte>?)null)));
        Assert.That(svcb.AlpnIds, Is.Empty);
        Assert.That(svcb.ToString(), Is.EqualTo("0 dns.example.net."));
    }

    [TestCase("alpn=\"f\\\\\\\\oo\\\\,bar,h2\"", new[] { "f\\oo,bar", "h2" })]
    [TestCase("alpn=f\\\\\\092oo\\092,bar,h2", new[] { "f\\oo,bar", "h2" })]
    [TestCase("alpn=\"h1\\\\,h2,h3\"", new[] { "h1,h2", "h3" })]
    [TestCase("alpn=h2", new[] { "h2" })]
    [TestCase("ALPN=\"h2 h3\"", new[] { "h2 h3" })]
    [TestCase("key1=\"\\002h2\"", new[] { "h2" })]
    public void Alpn_values(string param, string[] ids)
    {
        var svcb = Single<SvcbData>($"s SVCB 1 . {param}\n");
        Assert.That(svcb.AlpnIds, Is.EqualTo(ids));
    }

    [TestCase("key667=hello", 667, "68656C6C6F")]
    [TestCase("key667=\"hello\\210qoo\"", 667, "68656C6C6FD2716F6F")]
    [TestCase("key123", 123, "")]
    [TestCase("key123=", 123, "")]
    [TestCase("key123=\"\"", 123, "")]
    [TestCase("key65280=\"a b\"", 65280, "612062")]
    [TestCase("key3=\"\\000\\053\"", 3, "0035")]
    [TestCase("echconfig=\"aGVsbG93b3JsZCE=\"", 5, "68656C6C6F776F726C6421")]
    [TestCase("ech", 5, "")]
    [TestCase("dohpath=/dns-query{?dns}", 7, "2F646E732D71756572797B3F646E737D")]
    [TestCase("dohpath=\"/q{\\195\\169?dns}\"", 7, "2F717BC3A93F646E737D")]
    [TestCase("docpath", 10, "")]
    [TestCase("docpath=n,s", 10, "016E0173")]
    [TestCase("pvd", 11, "")]
    [TestCase("oots=\"do53:100,dot:10\"", 12, "04646F35336403646F740A")]
    [TestCase("no-default-alpn=\"\"", 2, "")]
    public void Single_parameter_wire_values(string param, int key, string hex)
    {
        var svcb = Single<SvcbData>($"s SVCB 1 . {param}\n");
        Assert.That(svcb.Parameters, Has.Length.EqualTo(1));
        Assert.That(svcb.Parameters[0].Key.Value, Is.EqualTo(key));
        Assert.That(Convert.ToHexString(svcb.Parameters[0].Value.AsSpan()), Is.EqualTo(hex));
    }

    [TestCase("[|alpn=h2 [|alpn=h3", "appears more than once")]
    [TestCase("port=1 [|key3=\"\\000\\001\"", "appears more than once")]
    [TestCase("[|alpn", "alpn is missing a value")]
    [TestCase("[|alpn=", "alpn is missing a value")]
    [TestCase("[|alpn=\"\"", "alpn is missing a value")]
    [TestCase("[|alpn= \"h2\"", "alpn is missing a value")]
    [TestCase("[|mandatory", "mandatory is missing a value")]
    [TestCase("[|port", "port is missing a value")]
    [TestCase("[|ipv4hint", "ipv4hint is missing a value")]
    [TestCase("[|ipv6hint", "ipv6hint is missing a value")]
    [TestCase("[|dohpath", "dohpath is missing a value")]
    [TestCase("[|oots", "oots is missing a value")]
    [TestCase("[|tls-supported-groups", "tls-supported-groups is missing a value")]
    [TestCase("[|no-default-alpn=abc", "no-default-alpn takes no value, found 'abc'")]
    [TestCase("alpn=h2 [|ohttp=hopsa", "ohttp takes no value")]
    [TestCase("[|pvd=\"x\"", "pvd takes no value")]
    [TestCase("[|port=65536", "port must be a number from 0 to 65535, found '65536'")]
    [TestCase("[|port=http", "found 'http'")]
    [TestCase("[|ipv4hint=192.0.2.1,", "ipv4hint has ''")]
    [TestCase("[|ipv4hint=2001:db8::1", "not an IPv4 address")]
    [TestCase("[|ipv4hint=192.0.2.256", "not an IPv4 address")]
    [TestCase("[|ipv6hint=192.0.2.1", "not an IPv6 address")]
    [TestCase("[|ipv6hint=\"2001:db8::1 \"", "not an IPv6 address")]
    [TestCase("[|ech=\"123\"", "not valid Base64")]
    [TestCase("[|ech=aGVsbG8=x", "not valid Base64")]
    [TestCase("[|alpn=\\,abc", "empty item")]
    [TestCase("[|alpn=a,,abc", "empty item")]
    [TestCase("[|alpn=abc,", "empty item")]
    [TestCase("[|alpn=a\\\\b", "not followed by ',' or '\\'")]
    [TestCase("[|mandatory=alpn", "mandatory lists alpn, but the record has no alpn parameter")]
    [TestCase("port=1 [|mandatory=port,alpn", "no alpn parameter")]
    [TestCase("[|mandatory=mandatory", "must not list itself")]
    [TestCase("[|mandatory=key0", "must not list itself")]
    [TestCase("[|mandatory=alpn,alpn alpn=h2", "mandatory lists alpn twice")]
    [TestCase("[|mandatory=alpn,bogus alpn=h2", "'bogus', which is not a SvcParamKey")]
    [TestCase("[|mandatory=\"alpn, port\" alpn=h2 port=1", "' port', which is not a SvcParamKey")]
    [TestCase("[|unknown=wha", "'unknown' is not a SvcParamKey")]
    [TestCase("[|key65536=1", "'key65536' is not a SvcParamKey")]
    [TestCase("[|key65535", "reserved")]
    [TestCase("[|\"alpn=h2\"", "is not a SvcParam")]
    [TestCase("[|dohpath=\"\\255\"", "UTF-8")]
    [TestCase("[|tls-supported-groups=29,x", "'x'")]
    [TestCase("[|tls-supported-groups=29,23,29", "lists group 29 twice")]
    [TestCase("[|key1=\"\\001\"", "key1 written in generic form is not a valid alpn value")]
    [TestCase("[|key4=abc", "not a valid ipv4hint value")]
    [TestCase("[|key0=\"\\000\"", "mandatory")]
    [TestCase("[|docpath=a,", "docpath has an empty item")]
    [TestCase("[|oots=\"dot\"", "missing its percentage")]
    [TestCase("[|oots=\":25\"", "missing its transport")]
    [TestCase("[|oots=\"dot:101\"", "invalid percentage")]
    [TestCase("[|oots=\"dot:25,dot:10\"", "transport 'dot' twice")]
    public void Invalid_parameters(string parameters, string expected)
    {
        // Where two marks are given, the diagnostic is at the second (the repeated key).
        string markup = "s SVCB 1 . " + parameters;
        int first = markup.IndexOf("[|", StringComparison.Ordinal);
        if (markup.IndexOf("[|", first + 2, StringComparison.Ordinal) > 0)
        {
            markup = markup.Remove(first, 2);
        }

        string message = Error(markup + "\n", "ZL0002");
        Assert.That(message, Does.Contain(expected));
        string https = Error(markup.Replace("SVCB", "HTTPS", StringComparison.Ordinal) + "\n", "ZL0002");
        Assert.That(https, Is.EqualTo(message));
    }

    [TestCase("s SVCB [|70000 . alpn=h2", "ZL0002", "SvcPriority")]
    [TestCase("s SVCB 1 [|a..b alpn=h2", "ZL0004", "target name")]
    [TestCase("s SVCB 1[|", "ZL0002", "target name")]
    [TestCase("s HTTPS[|", "ZL0002", "SvcPriority")]
    public void Invalid_fixed_fields(string markup, string id, string expected)
    {
        string message = Error(markup + "\n", id);
        Assert.That(message, Does.Contain(expected));
    }

    [TestCase("0001 00 0003 0002 0035 0001 0003 026832", "strictly increasing")]
    [TestCase("0001 00 0001 0003 026832 0001 0003 026833", "strictly increasing")]
    [TestCase("0001 00 0003 0004 0035", "runs past the end")]
    [TestCase("0001 00 0003 00", "runs past the end")]
    [TestCase("0001 00 0000 0002 0001", "no alpn parameter")]
    [TestCase("0001 00 0000 0004 0003 0001 0001 0003 026832 0003 0002 0035", "increasing order in wire form")]
    [TestCase("0001 00 0003 0001 35", "port must be a 16-bit number")]
    [TestCase("0001 00 0004 0003 c00002", "IPv4")]
    [TestCase("0001 00 0002 0001 00", "takes no value")]
    [TestCase("0001 00 ffff 0000", "reserved")]
    [TestCase("0001 0363 6f6d", "name in RDATA ends early")]
    public void Invalid_wire_form(string hex, string expected)
    {
        byte[] wire = Hex(hex);
        var result = Parse($"s SVCB \\# {wire.Length} {Convert.ToHexString(wire)}\n");
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "ZL0002" }), Describe(result));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(expected));
    }

    [TestCase("16 foo.example.org. (alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1)", "16 foo.example.org. mandatory=alpn,ipv4hint alpn=\"h2,h3-19\" ipv4hint=192.0.2.1")]
    [TestCase("1 foo.example.com. key667=\"hello\\210qoo\"", "1 foo.example.com. key667=\"hello\\210qoo\"")]
    [TestCase("1 . alpn=\"f\\\\\\\\oo\\\\,bar,h2\"", "1 . alpn=\"f\\\\\\\\oo\\\\,bar,h2\"")]
    [TestCase("1 . key3=\"\\000\\053\" key2 echconfig", "1 . no-default-alpn port=53 ech")]
    [TestCase("1 example.com. ipv6hint=\"2001:db8:ffff:ffff:ffff:ffff:198.51.100.100\"", "1 example.com. ipv6hint=2001:db8:ffff:ffff:ffff:ffff:c633:6464")]
    [TestCase("1 . dohpath=/dns-query{é?dns}", "1 . dohpath=\"/dns-query{\\195\\169?dns}\"")]
    [TestCase("1 . key9999=\"say \\\"hi\\\"\"", "1 . key9999=\"say \\\"hi\\\"\"")]
    [TestCase("1 . oots=\"do53:100,dot:5,doq:5\" docpath=n,s", "1 . docpath=\"n,s\" oots=\"do53:100,dot:5,doq:5\"")]
    public void Presentation(string rdata, string printed)
    {
        Assert.That(Single<SvcbData>($"s SVCB {rdata}\n").ToString(), Is.EqualTo(printed));
    }

    [TestCase("SVCB", "0 foo.example.com.")]
    [TestCase("SVCB", "1 .")]
    [TestCase("SVCB", "16 foo.example.com. port=53")]
    [TestCase("SVCB", "16 foo.example.org. (alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1)")]
    [TestCase("HTTPS", "1 . alpn=\"f\\\\\\\\oo\\\\,bar,h2\" ech=aGVsbG93b3JsZCE= key65280 ohttp")]
    [TestCase("HTTPS", "3 svc.example. mandatory=ohttp,key7000 ohttp key7000=\"\\000\\255,\\\\x\"")]
    [TestCase("SVCB", "1 . tls-supported-groups=29,23 docpath oots=\"a\\\\,b:1,c\\\\\\\\d:2\"")]
    public void Generic_form_equals_text(string type, string rdata) => GenericEqualsText(type, rdata);

    [TestCase("HTTPS", "1 . alpn=\"f\\\\\\\\oo\\\\,bar,h2\" ech=aGVsbG93b3JsZCE= key65280 ohttp")]
    [TestCase("HTTPS", "3 svc.example. mandatory=ohttp,key7000 ohttp key7000=\"\\000\\255,\\\\x \\\"\"")]
    [TestCase("SVCB", "1 . alpn=\"a b,c\\\\\\\\\\\\,d\" dohpath=\"/q{?dns} \\\\\"")]
    [TestCase("SVCB", "1 . tls-supported-groups=29,23 docpath=\"x\\\\,y\" oots=\"a\\\\,b:1,c\\\\\\\\d:2,e:f:3\"")]
    [TestCase("SVCB", "7 Target.Example. ipv6hint=::ffff:192.0.2.1,2001:db8::")]
    public void Print_parse_round_trip(string type, string rdata) => RoundTrip(type, rdata);

    [Test]
    public void Target_keeps_its_case_in_canonical_form()
    {
        var svcb = Single<SvcbData>("s SVCB 1 Svc.Example. alpn=h2\n");
        Assert.That(svcb.ToWire(WireForm.Canonical), Is.EqualTo(svcb.ToWire()));
        Assert.That(svcb, Is.EqualTo(Single<SvcbData>("s SVCB 1 svc.example. alpn=h2\n")));
    }

    [Test]
    public void Https_and_svcb_with_the_same_fields_differ_in_type_only()
    {
        var svcb = Single<SvcbData>("s SVCB 1 . alpn=h2\n");
        var https = Single<HttpsData>("s HTTPS 1 . alpn=h2\n");
        Assert.That(https.ToWire(), Is.EqualTo(svcb.ToWire()));
        Assert.That(https, Is.Not.EqualTo(svcb));
        Assert.That((svcb.Type, https.Type), Is.EqualTo((RRType.SVCB, RRType.HTTPS)));
    }

    [Test]
    public void Constructor_sorts_and_validates()
    {
        var svcb = new SvcbData(1, DomainName.Root, [SvcParam.Port(443), SvcParam.Alpn("h2"), SvcParam.Mandatory(SvcParamKey.Port)]);
        Assert.That(svcb.ToString(), Is.EqualTo("1 . mandatory=port alpn=\"h2\" port=443"));
        Assert.Throws<ArgumentException>(() => _ = new SvcbData(1, DomainName.Root, [SvcParam.Port(1), SvcParam.Port(2)]));
        Assert.Throws<ArgumentException>(() => _ = new HttpsData(1, DomainName.Root, [SvcParam.Mandatory(SvcParamKey.Alpn)]));
        Assert.Throws<ArgumentException>(() => _ = SvcParam.Alpn(string.Empty));
        Assert.Throws<ArgumentException>(() => _ = new SvcParam(SvcParamKey.Port, [1]));
        Assert.Throws<ArgumentException>(() => _ = SvcParam.AddressHints(IPAddress.Parse("192.0.2.1"), IPAddress.Parse("::1")));
        var hints = new HttpsData(1, DomainName.Root, [SvcParam.AddressHints(IPAddress.Parse("::1")), SvcParam.DohPath("/q{?dns}"), SvcParam.Ohttp(), SvcParam.NoDefaultAlpn(), SvcParam.Ech([1, 2])]);
        Assert.That(hints.ToString(), Is.EqualTo("1 . no-default-alpn ech=AQI= ipv6hint=::1 dohpath=\"/q{?dns}\" ohttp"));
        Assert.That(hints.DohPath, Is.EqualTo("/q{?dns}"));
    }

    [TestCase("alpn", 1)]
    [TestCase("key1", 1)]
    [TestCase("Port", 3)]
    [TestCase("echconfig", 5)]
    [TestCase("tls-supported-groups", 9)]
    [TestCase("key65535", 65535)]
    public void Key_names(string text, int value)
    {
        Assert.That(SvcParamKey.TryParse(text, out var key), Is.True);
        Assert.That(key.Value, Is.EqualTo(value));
    }

    [Test]
    public void Key_printing()
    {
        Assert.That(new SvcParamKey(7).ToString(), Is.EqualTo("dohpath"));
        Assert.That(new SvcParamKey(667).ToString(), Is.EqualTo("key667"));
        Assert.That(new SvcParamKey(667).HasName, Is.False);
        Assert.That(SvcParamKey.TryParse("key", out _), Is.False);
        Assert.That(SvcParamKey.TryParse("key1x", out _), Is.False);
    }
}
