using ZoneLint.Rules.Dkim;
using ZoneLint.Tests.Infrastructure;

namespace ZoneLint.Tests.Rules.Parsers;

/// <summary>The DKIM key record reader against RFC 6376 §3.6.1 and RFC 8463, with checked-in keys.</summary>
public class DkimKeyRecordParserTests
{
    private static IEnumerable<TestCaseData> ValidRecords()
    {
        yield return new TestCaseData("v=DKIM1; k=rsa; p=" + TestKeys.Rsa2048, 2048).SetName("rsa 2048 with v and k");
        yield return new TestCaseData("p=" + TestKeys.Rsa1024, 1024).SetName("rsa 1024, p only");
        yield return new TestCaseData("v=DKIM1; h=sha256; s=email; t=s; n=rotated 2026; p=" + TestKeys.Rsa512, 512).SetName("rsa 512 with h s t n");
        yield return new TestCaseData("v=DKIM1; k=ed25519; p=" + TestKeys.Ed25519, null).SetName("ed25519");
        yield return new TestCaseData("v=DKIM1; p=" + TestKeys.Rsa2048[..100] + " \t " + TestKeys.Rsa2048[100..], 2048).SetName("white space inside the base64");
        yield return new TestCaseData("v=DKIM1; h=sha1:sha256; s=*:email; t=y:s; g=*; p=" + TestKeys.Rsa2048, 2048).SetName("lists and an old g= tag");
    }

    [TestCaseSource(nameof(ValidRecords))]
    public void Accepts(string text, int? bits)
    {
        var key = DkimKeyRecord.Parse(text);
        Assert.That(key.Errors.Select(e => $"{e.Offset}: {e.Message}"), Is.Empty);
        Assert.That(key.RsaBits, Is.EqualTo(bits));
        Assert.That(key.IsRevoked, Is.False);
    }

    private static IEnumerable<TestCaseData> InvalidRecords()
    {
        yield return Case("k=rsa; ^v=DKIM1; p=" + TestKeys.Rsa2048, "must be the first tag");
        yield return Case("v=^DKIM2; p=" + TestKeys.Rsa2048, "exactly DKIM1");
        yield return Case("^v=DKIM1; k=rsa", "no p= tag");
        yield return Case("v=DKIM1; k=^dsa; p=" + TestKeys.Rsa2048, "unknown key type");
        yield return Case("v=DKIM1; h=^sha512; p=" + TestKeys.Rsa2048, "'sha512' is not a known hash algorithm");
        yield return Case("v=DKIM1; s=^web; p=" + TestKeys.Rsa2048, "'web' is not a known service type");
        yield return Case("v=DKIM1; t=y:^x; p=" + TestKeys.Rsa2048, "'x' is not a known flag");
        yield return Case("v=DKIM1; p=^MIIB$$$$", "not valid base64");
        yield return Case("v=DKIM1; p=^" + TestKeys.Rsa2048[..201], "not valid base64");
        yield return Case("v=DKIM1; p=^" + TestKeys.Rsa2048[..200], "is part of the key missing?");
        yield return Case("v=DKIM1; p=^" + TestKeys.Rsa1024Pkcs1, "bare RSAPublicKey");
        yield return Case("v=DKIM1; p=^" + TestKeys.Ed25519Spki, "an Ed25519 key");
        yield return Case("v=DKIM1; k=ed25519; p=^" + TestKeys.Ed25519Spki, "RFC 8463 §4.2 wants only the 32-octet key");
        yield return Case("v=DKIM1; k=ed25519; p=^" + TestKeys.Rsa2048, "decodes to 294 octets");
        yield return Case("v=DKIM1; p=^aGVsbG8gd29ybGQ=", "not a DER-encoded RSA public key");
        yield return Case("v=DKIM1; p=" + TestKeys.Rsa2048 + "; ^p=", "appears more than once");
        yield return Case("^v=DKIM1; P=" + TestKeys.Rsa2048, "no p= tag");
    }

    private static TestCaseData Case(string marked, string message)
    {
        string name = marked.Length > 40 ? marked[..40] : marked;
        return new TestCaseData(marked, message).SetName(message + " | " + name.Replace('.', '_'));
    }

    [TestCaseSource(nameof(InvalidRecords))]
    public void Rejects_at_the_offending_position(string marked, string message)
    {
        int expected = marked.IndexOf('^', StringComparison.Ordinal);
        string text = marked.Remove(expected, 1);
        var key = DkimKeyRecord.Parse(text);
        Assert.That(key.Errors.Select(e => e.Message), Has.Some.Contains(message));
        Assert.That(key.Errors.First(e => e.Message.Contains(message, StringComparison.Ordinal)).Offset, Is.EqualTo(expected));
    }

    [Test]
    public void Reads_the_size_of_a_bare_rsa_public_key_while_reporting_its_form()
    {
        var key = DkimKeyRecord.Parse("p=" + TestKeys.Rsa1024Pkcs1);
        Assert.That(key.RsaBits, Is.EqualTo(1024));
        Assert.That(key.Errors, Has.Count.EqualTo(1));
    }

    [TestCase("v=DKIM1; p=", true, false)]
    [TestCase("v=DKIM1; p= ; t=y", true, true)]
    [TestCase("v=DKIM1; t=s:y; p=" + TestKeys.Rsa1024, false, true)]
    [TestCase("v=DKIM1; t=s; p=" + TestKeys.Rsa1024, false, false)]
    public void Reads_revocation_and_testing_mode(string text, bool revoked, bool testing)
    {
        var key = DkimKeyRecord.Parse(text);
        Assert.That((key.IsRevoked, key.IsTesting, key.Errors.Count), Is.EqualTo((revoked, testing, 0)));
    }
}
