using System.Net;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>IPSECKEY (RFC 4025), AMTRELAY (RFC 8777) and HIP (RFC 8005): gateways, relays and rendezvous servers.</summary>
public class GatewayDataTests
{
    private const string Key = "AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==";
    private const string KeyHex = "010351537986ED35533B6064478EEEB27B5BD74DAE149B6E81BA3A0521AF82AB7801";

    private const string HipKey =
        "AwEAAbdxyhNuSutc5EMzxTs9LBPCIkOFH8cIvM4p9+LrV4e19WzK00+CI6zBCQTdtWsuxKbWIy87UOoJTwkUs7lBu+Upr1gsNrut79ryra+bSRGQb1slImA8YVJyuIDsj7kwzG7jnERNqnWxZ48AWkskmdHaVDP4BcelrTI3rMXdXF5D";

    // RFC 4025 §3.1's examples.
    [TestCase("10 1 2 192.0.2.38 " + Key, 1, "192.0.2.38", null)]
    [TestCase("10 0 2 . " + Key, 0, null, null)]
    [TestCase("( 10 3 2\n mygateway.example.com.\n AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6B SGvgqt4AQ== )", 3, null, "mygateway.example.com.")]
    [TestCase("10 2 2 2001:0DB8:0:8002::2000:1 " + Key, 2, "2001:db8:0:8002::2000:1", null)]
    [TestCase("10 3 2 mygateway2 " + Key, 3, null, "mygateway2.example.com.")]
    public void Ipseckey(string rdata, int gatewayType, string? address, string? name)
    {
        var key = RdataAssert.Parse<IpseckeyData>("IPSECKEY", rdata);
        Assert.Multiple(() =>
        {
            Assert.That((key.Precedence, key.GatewayType, key.Algorithm), Is.EqualTo(((byte)10, (byte)gatewayType, (byte)2)));
            Assert.That(key.GatewayAddress, Is.EqualTo(address is null ? null : IPAddress.Parse(address)));
            Assert.That(key.GatewayName?.ToString(), Is.EqualTo(name));
            Assert.That(Convert.ToHexString(key.PublicKey.AsSpan()), Is.EqualTo(KeyHex));
        });
    }

    [Test]
    public void Ipseckey_without_a_key()
    {
        var key = RdataAssert.Parse<IpseckeyData>("IPSECKEY", "10 0 0 .");
        Assert.That(key.PublicKey, Is.Empty);
        Assert.That(RdataAssert.RoundTrip("IPSECKEY", "10 0 0 ."), Is.EqualTo("10 0 0 ."));
    }

    // RFC 8777 §4.3's examples, as dnspython's example zone holds them.
    [TestCase("0 0 0 .", 0, false, 0, null, null)]
    [TestCase("0 1 0 .", 0, true, 0, null, null)]
    [TestCase("10 0 1 203.0.113.15", 10, false, 1, "203.0.113.15", null)]
    [TestCase("10 0 2 2001:db8::15", 10, false, 2, "2001:db8::15", null)]
    [TestCase("128 1 3 amtrelays.example.com.", 128, true, 3, null, "amtrelays.example.com.")]
    public void Amtrelay(string rdata, int precedence, bool discovery, int type, string? address, string? name)
    {
        var relay = RdataAssert.Parse<AmtrelayData>("AMTRELAY", rdata);
        Assert.Multiple(() =>
        {
            Assert.That((relay.Precedence, relay.DiscoveryOptional, relay.RelayType), Is.EqualTo(((byte)precedence, discovery, (byte)type)));
            Assert.That(relay.RelayAddress, Is.EqualTo(address is null ? null : IPAddress.Parse(address)));
            Assert.That(relay.RelayName?.ToString(), Is.EqualTo(name));
            Assert.That(RdataAssert.RoundTrip("AMTRELAY", rdata), Is.EqualTo(rdata));
        });
    }

    // RFC 8005 §6's example, and BIND's check-dup-records.db.
    [TestCase("2 200100107B1A74DF365639CC39F1D578 " + HipKey, new string[0])]
    [TestCase("( 2 200100107B1A74DF365639CC39F1D578\n " + HipKey + "\n rvs.example.com. )", new[] { "rvs.example.com." })]
    [TestCase("2 200100107B1A74DF365639CC39F1D578 " + HipKey + " rvs1 RVS2.example.com.", new[] { "rvs1.example.com.", "RVS2.example.com." })]
    public void Hip(string rdata, string[] servers)
    {
        var hip = RdataAssert.Parse<HipData>("HIP", rdata);
        Assert.Multiple(() =>
        {
            Assert.That(hip.Algorithm, Is.EqualTo(2));
            Assert.That(Convert.ToHexString(hip.Hit.AsSpan()), Is.EqualTo("200100107B1A74DF365639CC39F1D578"));
            Assert.That(hip.PublicKey, Has.Length.EqualTo(132));
            Assert.That(hip.RendezvousServers.Select(s => s.ToString()), Is.EqualTo(servers));
        });
    }

    [Test]
    public void Hip_server_names_compare_without_case_but_keep_it()
    {
        var lower = RdataAssert.Parse<HipData>("HIP", "2 0102 AQID rvs.example.com.");
        var upper = RdataAssert.Parse<HipData>("HIP", "2 0102 AQID RVS.example.com.");
        Assert.That(upper, Is.EqualTo(lower));
        Assert.That(upper.ToWire(), Is.Not.EqualTo(lower.ToWire()));
        Assert.That(upper.ToString(), Is.EqualTo("2 0102 AQID RVS.example.com."));
    }

    [TestCase("@ IPSECKEY 10 [|4 2 . " + Key, "IPSECKEY gateway type must be 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name), found 4")]
    [TestCase("@ IPSECKEY 10 0 2 [|192.0.2.38 " + Key, "IPSECKEY gateway must be '.' when its type is 0 (none), found '192.0.2.38'")]
    [TestCase("@ IPSECKEY 10 1 2 [|2001:db8::1 " + Key, "IPSECKEY gateway of type 1 must be an IPv4 address")]
    [TestCase("@ IPSECKEY 10 2 2 [|192.0.2.38 " + Key, "IPSECKEY gateway of type 2 must be an IPv6 address")]
    [TestCase("@ IPSECKEY 10 1 2 192.0.2.38 [|AQNR!", "IPSECKEY public key (Base64) is not valid Base64")]
    [TestCase("@ IPSECKEY 10 1 2[|", "IPSECKEY gateway was expected")]
    [TestCase("@ AMTRELAY 10 [|2 1 203.0.113.15", "AMTRELAY discovery-optional bit must be 0 or 1, found '2'")]
    [TestCase("@ AMTRELAY 10 0 [|128 .", "AMTRELAY relay type must be a number from 0 to 127")]
    [TestCase("@ AMTRELAY 10 0 [|4 x", "AMTRELAY relay type must be 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name), found 4")]
    [TestCase("@ AMTRELAY 10 0 0[|", "AMTRELAY relay was expected")]
    [TestCase("@ AMTRELAY 10 0 1 [|amt.example.", "AMTRELAY relay of type 1 must be an IPv4 address")]
    [TestCase("@ HIP 2 [|0x01 AQID", "HIP HIT must be hexadecimal")]
    [TestCase("@ HIP 2 0102 [|AQI", "HIP public key must be one Base64 token, found 'AQI'")]
    [TestCase("@ HIP 2 0102[|", "HIP public key (Base64) was expected")]
    [TestCase("@ HIP [|256 0102 AQID", "HIP public key algorithm must be a number from 0 to 255")]
    public void Invalid(string markup, string message) => RdataAssert.Invalid(markup, "ZL0002", message);

    [Test]
    public void Hip_server_with_a_bad_name_is_a_name_error() => RdataAssert.Invalid("@ HIP 2 0102 AQID [|a..b", "ZL0004", "HIP rendezvous server");

    [TestCase("IPSECKEY", "10 1 2 192.0.2.38 " + Key, "0A 01 02 C0000226 " + KeyHex)]
    [TestCase("IPSECKEY", "10 0 2 . " + Key, "0A 00 02 " + KeyHex)]
    [TestCase("IPSECKEY", "10 3 2 mygateway.example.com. " + Key, "0A 03 02 096D7967617465776179076578616D706C6503636F6D00 " + KeyHex)]
    [TestCase("IPSECKEY", "10 2 2 2001:0DB8:0:8002::2000:1 " + Key, "0A 02 02 20010DB8000080020000000020000001 " + KeyHex)]
    [TestCase("AMTRELAY", "0 0 0 .", "00 00")]
    [TestCase("AMTRELAY", "10 0 1 203.0.113.15", "0A 01 CB00710F")]
    [TestCase("AMTRELAY", "10 0 2 2001:db8::15", "0A 02 20010DB8000000000000000000000015")]
    [TestCase("AMTRELAY", "128 1 3 amtrelays.example.com.", "80 83 09616D7472656C617973076578616D706C6503636F6D00")]
    [TestCase("HIP", "2 0102 AQID rvs.example.com.", "02 02 0003 0102 010203 03727673076578616D706C6503636F6D00")]
    [TestCase("HIP", "2 0102 AQID", "02 02 0003 0102 010203")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("IPSECKEY", "0A 04 02 00", "IPSECKEY gateway type 4 is not defined")]
    [TestCase("IPSECKEY", "0A 01 02 C00002", "ends early")]
    [TestCase("AMTRELAY", "0A 05", "AMTRELAY relay type 5 is not defined")]
    [TestCase("AMTRELAY", "0A 02 20010DB8", "ends early")]
    [TestCase("HIP", "00 02 0003 010203", "the HIP HIT is empty")]
    [TestCase("HIP", "02 02 0000 0102", "the HIP public key is empty")]
    [TestCase("HIP", "02 02 0003 0102 0102", "ends early")]
    public void GenericFormThatIsNotTheTypeIsRefused(string type, string hex, string message) => RdataAssert.GenericInvalid(type, hex, message);

    [TestCase("IPSECKEY", "10 2 2 2001:0DB8:0:8002::2000:1 AQNRU3mG7TVTO2BkR47usntb102uFJtu gbo6BSGvgqt4AQ==", "10 2 2 2001:db8:0:8002::2000:1 " + Key)]
    [TestCase("IPSECKEY", "10 3 2 mygateway2 " + Key, "10 3 2 mygateway2.example.com. " + Key)]
    [TestCase("HIP", "2 200100107B1A74DF365639CC39F1D578 AQID rvs", "2 200100107b1a74df365639cc39f1d578 AQID rvs.example.com.")]
    public void PrintsAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));
}
