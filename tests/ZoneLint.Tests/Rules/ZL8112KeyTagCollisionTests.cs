using ZoneLint.Tests.Infrastructure;
using ZoneLint.Model.Records;
using ZoneLint.Tests.Dnssec;

namespace ZoneLint.Tests.Rules;

public class ZL8112KeyTagCollisionTests
{
    /// <summary>A different key with the same tag: swapping two octets that both land in the high half of a tag word keeps the sum.</summary>
    private static (string A, string B) Colliding()
    {
        byte[] a;
        do
        {
            a = TestKey.Create(13).Dnskey.PublicKey.ToArray();
        }
        while (a[0] == a[2]);

        byte[] b = (byte[])a.Clone();
        (b[0], b[2]) = (b[2], b[0]);
        Assert.That(DnssecKeyData.ComputeKeyTag(256, 3, 13, a), Is.EqualTo(DnssecKeyData.ComputeKeyTag(256, 3, 13, b)));
        return (Convert.ToBase64String(a), Convert.ToBase64String(b));
    }

    [Test]
    public void Distinct_tags_are_clean()
    {
        var a = Convert.ToBase64String(TestKey.Create(13).Dnskey.PublicKey.AsSpan());
        var b = Convert.ToBase64String(TestKey.Create(13).Dnskey.PublicKey.AsSpan());
        RuleTestHarness.Verify("ZL8112", $"@ DNSKEY 256 3 13 {a}\n@ DNSKEY 257 3 13 {b}\n");
    }

    [Test]
    public void Two_keys_with_one_tag_and_algorithm_are_reported_at_the_second()
    {
        var (a, b) = Colliding();
        var result = RuleTestHarness.Verify("ZL8112", $"@ DNSKEY 256 3 13 {a}\n[|@ DNSKEY 256 3 13 {b}\n");
        Assert.That(result.Diagnostics.Single(d => d.Id == "ZL8112").AdditionalLocations, Has.Length.EqualTo(1));
    }

    [Test]
    public void Same_tag_with_another_algorithm_is_no_collision()
    {
        var (a, b) = Colliding();

        // Algorithm 14 changes the tag by one (the algorithm octet is part of the sum), so shift the flags down to match.
        RuleTestHarness.Verify("ZL8112", $"@ DNSKEY 256 3 13 {a}\n@ DNSKEY 255 3 14 {b}\n");
    }
}
