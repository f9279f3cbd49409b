using ZoneLint.Model;
using ZoneLint.Model.Records;

namespace ZoneLint.Tests.Parsing.Records;

/// <summary>
/// Types that share or recall DNSSEC layouts: TA and DLV (the DS layout), RKEY (the DNSKEY layout), KEY, SIG and NXT
/// (RFC 2535), and CSYNC (RFC 7477, the NSEC type bit map).
/// </summary>
public class DnssecRelativesDataTests
{
    private const string TaDigest = "4104805B43928FC573F0704A2C1B5A10BAA2878DE26B8535DDE77517C154CE9F";

    [TestCase("TA", "56039 13 2 4104805B43928FC573F0704A2C1B5A10BAA2878DE26B8535DDE77517 C154CE9F", typeof(TaData))]
    [TestCase("DLV", "56039 ECDSAP256SHA256 SHA-256 " + TaDigest, typeof(DlvData))]
    public void Ta_and_dlv_use_the_ds_layout(string type, string rdata, Type expected)
    {
        var data = (DelegationSignerData)RdataAssert.ParseRecord(type, rdata).Data;
        Assert.Multiple(() =>
        {
            Assert.That(data, Is.InstanceOf(expected));
            Assert.That((data.KeyTag, data.Algorithm, data.DigestType), Is.EqualTo(((ushort)56039, (byte)13, (byte)2)));
            Assert.That(Convert.ToHexString(data.Digest.AsSpan()), Is.EqualTo(TaDigest));
            Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo("56039 13 2 " + TaDigest));
        });
    }

    [Test]
    public void Rkey_uses_the_dnskey_layout()
    {
        var rkey = RdataAssert.Parse<RkeyData>("RKEY", "512 255 2 ACDtkdVR2HWmc0HPEwkrM+SOrWZd8yPTAytLYZj2u33KgwABAgAg6jav 9rTK68C8j+kfLv7+re8KAb1qJXqdSrmL+1l3Js4=");
        Assert.That((rkey.Flags, rkey.Protocol, rkey.Algorithm, rkey.PublicKey.Length), Is.EqualTo(((ushort)512, (byte)255, (byte)2, 71)));
    }

    [TestCase("512 255 1 AQID", 512, 255, 1, 3)]
    [TestCase("0 ( 255 1 AQMFD5raczCJHViKtLYhWGz8hMY\n 9UGRuniJDBzC7w0aRyzWZriO6i2odGWWQVucZqKV\n sENW91IOW4vqudngPZsY3GvQ/xVA8/7pyFj6b7Esg\n a60zyGW6LFe9r8n6paHrlG5ojqf0BaqHT+8= )", 0, 255, 1, 107)]
    [TestCase("HOST|FLAG4 DNSSEC RSAMD5 AQID", 0x0A00, 3, 1, 3)]
    [TestCase("49152 3 1", 0xC000, 3, 1, 0)]
    [TestCase("NOKEY|FLAG2 3 RSASHA256", 0xE000, 3, 8, 0)]
    public void Key(string rdata, int flags, int protocol, int algorithm, int keyLength)
    {
        var key = RdataAssert.Parse<KeyData>("KEY", rdata);
        Assert.Multiple(() =>
        {
            Assert.That((key.Flags, key.Protocol, key.Algorithm, key.PublicKey.Length), Is.EqualTo(((ushort)flags, (byte)protocol, (byte)algorithm, keyLength)));
            Assert.That(key.HasNoKey, Is.EqualTo(keyLength == 0));
        });
    }

    [Test]
    public void Key_tag_is_the_dnskey_key_tag_of_the_same_fields()
    {
        var key = RdataAssert.Parse<KeyData>("KEY", "256 3 8 AwEAAQ==");
        var dnskey = RdataAssert.Parse<DnskeyData>("DNSKEY", "256 3 8 AwEAAQ==");
        Assert.That(key.KeyTag, Is.EqualTo(dnskey.KeyTag));
        Assert.That(key.ToWire(), Is.EqualTo(dnskey.ToWire()));
        Assert.That(key, Is.Not.EqualTo(dnskey));
    }

    [Test]
    public void Sig_uses_the_rrsig_layout()
    {
        var sig = RdataAssert.Parse<SigData>("SIG", "NXT 1 3 3600 20200101000000 20030101000000 2143 foo MxFcby9k/yvedMfQgKzhH5er0Mu/vILz45IkskceFGgi WCn/GxHhai6VAuHAoNUz4YoU1tVfSCSqQYn6//11U6Nl d80jEeC8aTrO+KKmCaY=");
        Assert.Multiple(() =>
        {
            Assert.That((sig.TypeCovered, sig.Algorithm, sig.Labels, sig.OriginalTtl), Is.EqualTo((RRType.NXT, (byte)1, (byte)3, 3600u)));
            Assert.That((sig.ExpirationValue, sig.InceptionValue, sig.KeyTag), Is.EqualTo((1577836800u, 1041379200u, (ushort)2143)));
            Assert.That(sig.SignerName.ToString(), Is.EqualTo("foo.example.com."));
            Assert.That(sig.Signature, Has.Length.EqualTo(80));
        });
    }

    [TestCase("bigger-nxt. A AAAA NXT", new[] { 1, 28, 30 })]
    [TestCase("a.secure ( NS SOA MX SIG KEY LOC NXT )", new[] { 2, 6, 15, 24, 25, 29, 30 })]
    [TestCase(". ( NSAP-PTR NXT )", new[] { 23, 30 })]
    [TestCase(". TYPE127", new[] { 127 })]
    [TestCase(".", new int[0])]
    public void Nxt(string rdata, int[] types) =>
        Assert.That(RdataAssert.Parse<NxtData>("NXT", rdata).Types.Select(t => (int)t.Value), Is.EqualTo(types));

    [TestCase("66 3 A NS AAAA", 66u, 3, new[] { 1, 2, 28 })]
    [TestCase("12345 0 A MX RRSIG NSEC TYPE1234", 12345u, 0, new[] { 1, 15, 46, 47, 1234 })]
    [TestCase("1 1", 1u, 1, new int[0])]
    public void Csync(string rdata, uint serial, int flags, int[] types)
    {
        var csync = RdataAssert.Parse<CsyncData>("CSYNC", rdata);
        Assert.Multiple(() =>
        {
            Assert.That((csync.SoaSerial, csync.Flags), Is.EqualTo((serial, (ushort)flags)));
            Assert.That((csync.IsImmediate, csync.IsSoaMinimum), Is.EqualTo(((flags & 1) != 0, (flags & 2) != 0)));
            Assert.That(csync.Types.Select(t => (int)t.Value), Is.EqualTo(types));
        });
    }

    [TestCase("@ TA 1 8 2 [|ABCD", "ZL0002", "32 octets, found 2")]
    [TestCase("@ DLV 1 [|RSA 2 AB", "ZL0002", "algorithm must be a number from 0 to 255 or a mnemonic")]
    [TestCase("@ RKEY 256 3 8[|", "ZL0002", "public key (Base64) was expected")]
    [TestCase("@ KEY [|ZONEX 3 8 AQID", "ZL0002", "KEY flags must be a number from 0 to 65535 or RFC 2535 mnemonics")]
    [TestCase("@ KEY 256 [|TLSX 8 AQID", "ZL0002", "KEY protocol must be a number from 0 to 255 or a mnemonic")]
    [TestCase("@ KEY 256 3 [|RSA 8 AQID", "ZL0002", "KEY algorithm must be a number from 0 to 255 or a mnemonic")]
    [TestCase("@ KEY 256 3 8[|", "ZL0002", "KEY public key (Base64) was expected")]
    [TestCase("@ KEY 49152 3 1 [|AQID", "ZL0001", "unexpected 'AQID'")]
    [TestCase("@ SIG [|BOGUS 1 3 3600 20200101000000 20030101000000 2143 foo AQID", "ZL0002", "SIG type covered must be a record type")]
    [TestCase("@ SIG A 1 3 3600 [|2020-01-01 20030101000000 2143 foo AQID", "ZL0002", "SIG signature expiration must be YYYYMMDDHHmmSS")]
    [TestCase("@ SIG A 1 3 3600 20200101000000 20030101000000 2143 foo[|", "ZL0002", "SIG signature (Base64) was expected")]
    [TestCase("@ NXT next. A [|BOGUS", "ZL0002", "'BOGUS' in the NXT type bit map is not a record type")]
    [TestCase("@ NXT next. A [|TYPE200", "ZL0002", "NXT type bit map holds types 1 to 127 only (RFC 2535 §5.2), found TYPE200")]
    [TestCase("@ NXT next. [|TYPE0", "ZL0002", "found TYPE0")]
    [TestCase("@ NXT[|", "ZL0002", "NXT next domain name was expected")]
    [TestCase("@ CSYNC 66 [|fast A", "ZL0002", "CSYNC flags must be a number from 0 to 65535")]
    [TestCase("@ CSYNC 66 3 A [|BOGUS", "ZL0002", "'BOGUS' in the type bit map is not a record type")]
    [TestCase("@ CSYNC 66[|", "ZL0002", "CSYNC flags was expected")]
    public void Invalid(string markup, string id, string message) => RdataAssert.Invalid(markup, id, message);

    [TestCase("TA", "56039 13 2 " + TaDigest, "DAE7 0D 02 " + TaDigest)]
    [TestCase("DLV", "12345 3 1 123456789abcdef67890123456789abcdef67890", "3039 03 01 123456789ABCDEF67890123456789ABCDEF67890")]
    [TestCase("RKEY", "512 255 2 AQID", "0200 FF 02 010203")]
    [TestCase("KEY", "0 255 1 AQID", "0000 FF 01 010203")]
    [TestCase("KEY", "NOKEY|FLAG2 DNSSEC RSAMD5", "E000 03 01")]
    [TestCase("SIG", "A 8 2 3600 20200101000000 20030101000000 2143 foo AQID", "0001 08 02 00000E10 5E0BE100 3E122F80 085F 03666F6F076578616D706C6503636F6D00 010203")]
    [TestCase("NXT", "bigger-nxt. A AAAA NXT", "0A6269676765722D6E787400 4000000A")]
    [TestCase("NXT", ".", "00")]
    [TestCase("CSYNC", "66 3 A NS AAAA", "00000042 0003 0004 60000008")]
    public void GenericFormEqualsText(string type, string text, string hex) => RdataAssert.GenericEqualsText(type, text, hex);

    [TestCase("KEY", "C000 03 01 01", "a KEY whose flags say NOKEY (0xC000) carries no key, but octets follow")]
    [TestCase("KEY", "0100 03 08", "the KEY public key is empty, but the flags do not say NOKEY (0xC000)")]
    [TestCase("SIG", "0001 08 02 00000E10 5E0BE100 3E122F80 085F 00", "the SIG signature is empty")]
    [TestCase("NXT", "00 80", "NXT type bit map has bit 0 set")]
    [TestCase("NXT", "00 0000000000000000000000000000000001", "NXT type bit map is 17 octets")]
    [TestCase("CSYNC", "00000042 0003 0000", "type bit map window 0 has length 0")]
    [TestCase("TA", "DAE7 0D 02", "the digest is empty")]
    public void GenericFormThatIsNotTheTypeIsRefused(string type, string hex, string message) => RdataAssert.GenericInvalid(type, hex, message);

    [Test]
    public void Nxt_trailing_zero_octets_do_not_matter() =>
        Assert.That(RdataAssert.ParseRecord("NXT", "\\# 4 00 400000").Data, Is.EqualTo(RdataAssert.ParseRecord("NXT", ". A").Data));

    [TestCase("KEY", "NOKEY|FLAG2 DNSSEC RSAMD5", "57344 3 1")]
    [TestCase("KEY", "HOST|FLAG4 DNSSEC RSAMD5 AQID", "2560 3 1 AQID")]
    [TestCase("SIG", "NXT 1 3 3600 1577836800 1041379200 2143 foo AQID", "NXT 1 3 3600 20200101000000 20030101000000 2143 foo.example.com. AQID")]
    [TestCase("NXT", "a.secure ( NS SOA MX SIG KEY LOC NXT )", "a.secure.example.com. NS SOA MX SIG KEY LOC NXT")]
    [TestCase("CSYNC", "12345 0 TYPE1234 A", "12345 0 A TYPE1234")]
    public void PrintsAndParsesBack(string type, string rdata, string printed) => Assert.That(RdataAssert.RoundTrip(type, rdata), Is.EqualTo(printed));

    /// <summary>RFC 4034 §6.2 lists SIG and NXT for lower-casing in canonical form.</summary>
    [TestCase("SIG", "A 8 2 3600 20200101000000 20030101000000 2143 Foo.Example. AQID")]
    [TestCase("NXT", "Next.Example. A")]
    public void Canonical_form_lower_cases_the_name(string type, string rdata)
    {
        var data = RdataAssert.ParseRecord(type, rdata).Data;
        Assert.That(data.ToWire(WireForm.Canonical), Is.EqualTo(data.ToWire(WireForm.Comparison)));
        Assert.That(data.ToWire(WireForm.Canonical), Is.Not.EqualTo(data.ToWire()));
    }
}
