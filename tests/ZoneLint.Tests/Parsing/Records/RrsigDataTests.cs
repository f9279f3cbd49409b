using ZoneLint.Model;
using ZoneLint.Model.Records;
using static ZoneLint.Tests.Parsing.Records.DnssecSvcbAssert;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>RRSIG RDATA (RFC 4034 §3) and its serial-number time arithmetic (RFC 4034 §3.1.5).</summary>
public class RrsigDataTests
{
    private const string Signature = "oJB1W6WNGv+ldvQ3WDG0MQkg5IEhjRip8WTr PYGv07h108dUKGMeDPKijVCHX3DDKdfb+v6o";

    [TestCase("A 5 3 86400 20030322173103 20030220173103 2642 example.com. " + Signature, "A", 5, 3, 86400u, "2003-03-22T17:31:03Z", "2003-02-20T17:31:03Z", 2642, "example.com.")]
    [TestCase("A RSASHA1 3 1d ( 20030322173103\n 20030220173103 2642 Example.COM. " + Signature + " )", "A", 5, 3, 86400u, "2003-03-22T17:31:03Z", "2003-02-20T17:31:03Z", 2642, "Example.COM.")]
    [TestCase("NSEC3 ECDSAP256SHA256 4 7200 1048000000 1047000000 1 @ AAAA", "NSEC3", 13, 4, 7200u, "2003-03-18T15:06:40Z", "2003-03-07T01:20:00Z", 1, "example.com.")]
    [TestCase("TYPE65280 253 0 0 4294967295 0 65535 . AAAA", "TYPE65280", 253, 0, 0u, "2106-02-07T06:28:15Z", "1970-01-01T00:00:00Z", 65535, ".")]
    [TestCase("SOA 8 2 300 21060207062815 19700101000000 9 example.com. AAAA", "SOA", 8, 2, 300u, "2106-02-07T06:28:15Z", "1970-01-01T00:00:00Z", 9, "example.com.")]
    public void Valid(string rdata, string covered, int algorithm, int labels, uint ttl, string expiration, string inception, int keyTag, string signer)
    {
        var sig = Single<RrsigData>($"host RRSIG {rdata}\n");
        Assert.That(sig.TypeCovered.ToString(), Is.EqualTo(covered));
        Assert.That((sig.Algorithm, sig.Labels, sig.OriginalTtl, sig.KeyTag), Is.EqualTo(((byte)algorithm, (byte)labels, ttl, (ushort)keyTag)));
        Assert.That(sig.Expiration, Is.EqualTo(DateTimeOffset.Parse(expiration, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(sig.Inception, Is.EqualTo(DateTimeOffset.Parse(inception, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(sig.SignerName.ToString(), Is.EqualTo(signer));
        Assert.That(sig.Signature, Is.Not.Empty);
    }

    [Test]
    public void Presentation_uses_dates_numbers_and_one_base64_word()
    {
        var sig = Single<RrsigData>("host RRSIG A RSASHA1 3 1d 1048354263 1045762263 2642 example.com. " + Signature + "\n");
        Assert.That(sig.ToString(), Is.EqualTo("A 5 3 86400 20030322173103 20030220173103 2642 example.com. " + Signature.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }

    [Test]
    public void Dates_outside_1970_to_2106_wrap_modulo_2_to_the_32()
    {
        // BIND's crashzone.db signs with an expiration in the year 0010 and still loads (RFC 4034 §3.1.5 arithmetic).
        var sig = Single<RrsigData>("host RRSIG NSEC3 7 4 7200 00100227180048 20100221180048 30323 example.com. AAAA\n");
        long seconds = new DateTimeOffset(10, 2, 27, 18, 0, 48, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.That(sig.ExpirationValue, Is.EqualTo((uint)(seconds & 0xFFFFFFFF)));
        var later = Single<RrsigData>("host RRSIG A 8 2 300 21100101000000 21000101000000 1 example.com. AAAA\n");
        Assert.That(later.ExpirationValue, Is.EqualTo(RrsigData.ToValue(new DateTimeOffset(2110, 1, 1, 0, 0, 0, TimeSpan.Zero))));
        Assert.That(later.IsValidAt(new DateTimeOffset(2105, 1, 1, 0, 0, 0, TimeSpan.Zero)), Is.True);
        Assert.That(RrsigData.ResolveTime(later.ExpirationValue, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)), Is.EqualTo(new DateTimeOffset(2110, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [TestCase(100u, 50u, 50L)]
    [TestCase(50u, 100u, -50L)]
    [TestCase(5u, 4294967290u, 11L)]
    [TestCase(4294967290u, 5u, -11L)]
    [TestCase(0u, 2147483647u, -2147483647L)]
    [TestCase(2147483648u, 0u, -2147483648L)]
    public void Serial_difference(uint a, uint b, long expected)
    {
        Assert.That(RrsigData.SerialDifference(a, b), Is.EqualTo(expected));
        Assert.That(RrsigData.IsBefore(a, b), Is.EqualTo(expected < 0));
    }

    [TestCase("2003-02-19T00:00:00Z", false, true, false)]
    [TestCase("2003-02-20T17:31:03Z", true, false, false)]
    [TestCase("2003-03-01T00:00:00Z", true, false, false)]
    [TestCase("2003-03-22T17:31:03Z", true, false, false)]
    [TestCase("2003-03-22T17:31:04Z", false, false, true)]
    public void Validity_window(string now, bool valid, bool notYetValid, bool expired)
    {
        var sig = Single<RrsigData>("host RRSIG A 5 3 86400 20030322173103 20030220173103 2642 example.com. AAAA\n");
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That((sig.IsValidAt(at), sig.IsNotYetValidAt(at), sig.IsExpiredAt(at)), Is.EqualTo((valid, notYetValid, expired)));
        Assert.That(sig.ValidityPeriod, Is.EqualTo(TimeSpan.FromDays(30)));
    }

    [Test]
    public void Expiration_before_inception_gives_a_negative_period()
    {
        var sig = Single<RrsigData>("host RRSIG A 5 3 86400 20030220173103 20030322173103 2642 example.com. AAAA\n");
        Assert.That(sig.ValidityPeriod, Is.EqualTo(TimeSpan.FromDays(-30)));
        Assert.That(sig.IsValidAt(new DateTimeOffset(2003, 3, 1, 0, 0, 0, TimeSpan.Zero)), Is.False);
    }

    [Test]
    public void Signer_name_is_lower_cased_in_canonical_form_only()
    {
        var sig = Single<RrsigData>("host RRSIG A 5 3 86400 20030322173103 20030220173103 2642 EXAMPLE.com. AAAA\n");
        byte[] original = sig.ToWire();
        byte[] canonical = sig.ToWire(WireForm.Canonical);
        Assert.That(System.Text.Encoding.ASCII.GetString(original), Does.Contain("EXAMPLE"));
        Assert.That(System.Text.Encoding.ASCII.GetString(canonical), Does.Contain("example").And.Not.Contain("EXAMPLE"));
        Assert.That(canonical, Has.Length.EqualTo(original.Length));
    }

    [TestCase("host RRSIG [|BOGUS 5 3 86400 20030322173103 20030220173103 2642 example.com. AAAA", "type covered")]
    [TestCase("host RRSIG A [|FOO 3 86400 20030322173103 20030220173103 2642 example.com. AAAA", "algorithm")]
    [TestCase("host RRSIG A 5 [|300 86400 20030322173103 20030220173103 2642 example.com. AAAA", "labels")]
    [TestCase("host RRSIG A 5 3 [|-1 20030322173103 20030220173103 2642 example.com. AAAA", "original TTL")]
    [TestCase("host RRSIG A 5 3 86400 [|20031322173103 20030220173103 2642 example.com. AAAA", "signature expiration")]
    [TestCase("host RRSIG A 5 3 86400 20030322173103 [|20030230000000 2642 example.com. AAAA", "signature inception")]
    [TestCase("host RRSIG A 5 3 86400 20030322173103 [|2003022017310 2642 example.com. AAAA", "signature inception")]
    [TestCase("host RRSIG A 5 3 86400 [|4294967296 20030220173103 2642 example.com. AAAA", "signature expiration")]
    [TestCase("host RRSIG A 5 3 86400 20030322173103 20030220173103 [|65536 example.com. AAAA", "key tag")]
    [TestCase("host RRSIG A 5 3 86400 20030322173103 20030220173103 2642 example.com. [|AAA", "signature")]
    [TestCase("host RRSIG A 5 3 86400 20030322173103 20030220173103 2642 example.com.[|", "signature")]
    [TestCase("host RRSIG A 5 3 86400 20030322173103 20030220173103 2642[|", "signer's name")]
    public void Invalid(string markup, string expected)
    {
        string message = Error(markup + "\n", "ZL0002");
        Assert.That(message, Does.Contain(expected));
    }

    [Test]
    public void Bad_signer_name_is_a_name_error()
    {
        string message = Error("host RRSIG A 5 3 86400 20030322173103 20030220173103 2642 [|a..b. AAAA\n", "ZL0004");
        Assert.That(message, Does.Contain("signer's name"));
    }

    [TestCase("A 5 3 86400 20030322173103 20030220173103 2642 example.com. " + Signature)]
    [TestCase("TYPE65280 253 0 0 4294967295 0 65535 . AAAA")]
    public void Generic_form_equals_text(string rdata) => GenericEqualsText("RRSIG", rdata);

    [TestCase("A RSASHA1 3 1d ( 20030322173103 20030220173103 2642 Example.COM. " + Signature + " )")]
    [TestCase("NSEC3 7 4 7200 00100227180048 20100221180048 30323 example.com. AAAA")]
    public void Print_parse_round_trip(string rdata) => RoundTrip("RRSIG", rdata);
}
