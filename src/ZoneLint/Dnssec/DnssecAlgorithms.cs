using System.Diagnostics.CodeAnalysis;

namespace ZoneLint.Dnssec;

/// <summary>
/// The DNSSEC signature algorithms a linter can verify, by number. Immutable: <see cref="With"/> returns a new set.
/// </summary>
/// <remarks>
/// <see cref="BuiltIn"/> has what .NET's base library can verify on every platform it supports: RSA/SHA-1 (5, 7),
/// RSA/SHA-256 (8), RSA/SHA-512 (10), ECDSA P-256/SHA-256 (13) and ECDSA P-384/SHA-384 (14). Signatures of an algorithm
/// not in the set are reported as not checked (an info finding), never as failures.
/// </remarks>
public sealed class DnssecAlgorithms
{
    /// <summary>The algorithm of each number, or null.</summary>
    /// <remarks>
    /// PERF: an array indexed by the algorithm's octet rather than a frozen dictionary, whose code for byte keys is not in
    /// the precompiled image: every run of the tool compiled some 20 of its methods at start-up.
    /// </remarks>
    private readonly IDnssecAlgorithm?[] byNumber;

    private DnssecAlgorithms(IDnssecAlgorithm?[] byNumber)
    {
        this.byNumber = byNumber;
    }

    /// <summary>No algorithm at all: every signature would be reported as not checked. The start of <see cref="BuiltIn"/>.</summary>
    internal static DnssecAlgorithms None { get; } = new(new IDnssecAlgorithm?[byte.MaxValue + 1]);

    /// <summary>The algorithms ZoneLint verifies with .NET's own cryptography: 5, 7, 8, 10, 13 and 14.</summary>
    public static DnssecAlgorithms BuiltIn { get; } = None
        .With(new RsaAlgorithm(5, "RSASHA1", System.Security.Cryptography.HashAlgorithmName.SHA1))
        .With(new RsaAlgorithm(7, "RSASHA1-NSEC3-SHA1", System.Security.Cryptography.HashAlgorithmName.SHA1))
        .With(new RsaAlgorithm(8, "RSASHA256", System.Security.Cryptography.HashAlgorithmName.SHA256))
        .With(new RsaAlgorithm(10, "RSASHA512", System.Security.Cryptography.HashAlgorithmName.SHA512))
        .With(EcdsaAlgorithm.P256)
        .With(EcdsaAlgorithm.P384);

    /// <summary>The algorithms in the set, by number.</summary>
    public IEnumerable<IDnssecAlgorithm> Algorithms
    {
        get
        {
            foreach (var algorithm in byNumber)
            {
                if (algorithm is not null)
                {
                    yield return algorithm;
                }
            }
        }
    }

    /// <summary>This set with <paramref name="algorithm"/> added, replacing any algorithm of the same number.</summary>
    public DnssecAlgorithms With(IDnssecAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var copy = (IDnssecAlgorithm?[])byNumber.Clone();
        copy[algorithm.Number] = algorithm;
        return new DnssecAlgorithms(copy);
    }

    /// <summary>The algorithm with <paramref name="number"/>, when the set has one.</summary>
    public bool TryGet(byte number, [NotNullWhen(true)] out IDnssecAlgorithm? algorithm)
    {
        algorithm = byNumber[number];
        return algorithm is not null;
    }

    /// <summary>Whether the set has an algorithm with <paramref name="number"/>.</summary>
    public bool Contains(byte number) => byNumber[number] is not null;
}
