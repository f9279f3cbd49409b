using ZoneLint.Dnssec;
using ZoneLint.Engine;

namespace ZoneLint.Tests.Dnssec;

/// <summary>
/// The extension point: algorithms registered on the builder replace or add to the built-in ones, and the linter imports
/// each key once per worker thread, not once per signature.
/// </summary>
public class DnssecAlgorithmExtensionTests
{
    [Test]
    public void Built_in_set_has_the_algorithms_dotnet_verifies() =>
        Assert.That(DnssecAlgorithms.BuiltIn.Algorithms.Select(a => (int)a.Number), Is.EqualTo(new[] { 5, 7, 8, 10, 13, 14 }));

    [Test]
    public void With_replaces_an_algorithm_of_the_same_number_and_leaves_the_original_set_alone()
    {
        var counting = new CountingAlgorithm(DnssecAlgorithms.BuiltIn);
        var set = DnssecAlgorithms.BuiltIn.With(counting);
        Assert.That(set.TryGet(13, out var found) && ReferenceEquals(found, counting), Is.True);
        Assert.That(DnssecAlgorithms.BuiltIn.TryGet(13, out var original) && !ReferenceEquals(original, counting), Is.True);
    }

    [Test]
    public void Registered_verifier_is_used_and_each_key_is_imported_once_per_worker()
    {
        var counting = new CountingAlgorithm(DnssecAlgorithms.BuiltIn);
        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().UseDnssecAlgorithm(counting).Build();
        var zone = SignedZones.Nsec();
        var result = SignedZones.Lint(zone.Text, linter: linter);
        Assert.That(SignedZones.DnssecFindings(result), Is.Empty);

        int signatures = zone.Lines.Count(l => l.Contains(" IN RRSIG ", StringComparison.Ordinal));
        Assert.That(counting.Verifications, Is.EqualTo(signatures), "one verification per signature");

        // Two keys, each imported by a worker on first use (and once more by ZL8111, which checks it): far fewer imports
        // than signatures, however many workers the loop ran on.
        Assert.That(counting.Imports, Is.InRange(2, signatures / 2));
    }

    [Test]
    public void A_verifier_that_rejects_everything_makes_every_RRset_bogus()
    {
        var linter = ZoneLinter.CreateBuilder().UseBuiltInRules().UseDnssecAlgorithm(new RejectingAlgorithm()).Build();
        var result = SignedZones.Lint(SignedZones.Nsec().Text, linter: linter);
        Assert.That(result.Diagnostics.Where(d => d.Id == "ZL8102").Select(d => d.Message), Is.Not.Empty.And.All.Contain("does not match the RRset"));
    }

    private sealed class CountingAlgorithm(DnssecAlgorithms inner) : IDnssecAlgorithm
    {
        private int imports;
        private int verifications;

        public byte Number => 13;

        public string Name => "ECDSAP256SHA256";

        public int Imports => imports;

        public int Verifications => verifications;

        public IDnssecVerifier? CreateVerifier(ReadOnlySpan<byte> publicKey, out string? error)
        {
            Interlocked.Increment(ref imports);
            inner.TryGet(13, out var real);
            var verifier = real!.CreateVerifier(publicKey, out error);
            return verifier is null ? null : new Counting(verifier, this);
        }

        private sealed class Counting(IDnssecVerifier inner, CountingAlgorithm owner) : IDnssecVerifier
        {
            public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
            {
                Interlocked.Increment(ref owner.verifications);
                return inner.Verify(data, signature);
            }

            public void Dispose() => inner.Dispose();
        }
    }

    private sealed class RejectingAlgorithm : IDnssecAlgorithm
    {
        public byte Number => 13;

        public string Name => "REJECT";

        public IDnssecVerifier? CreateVerifier(ReadOnlySpan<byte> publicKey, out string? error)
        {
            error = null;
            return new Rejecting();
        }

        private sealed class Rejecting : IDnssecVerifier
        {
            public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => false;

            public void Dispose()
            {
            }
        }
    }
}
