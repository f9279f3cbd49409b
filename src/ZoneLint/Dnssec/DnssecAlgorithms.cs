using System.Collections.Frozen;
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
    private readonly FrozenDictionary<byte, IDnssecAlgorithm> byNumber;

    private DnssecAlgorithms(FrozenDictionary<byte, IDnssecAlgorithm> byNumber)
    {
        this.byNumber = byNumber;
    }

    /// <summary>No algorithm at all: every signature would be reported as not checked. The start of <see cref="BuiltIn"/>.</summary>
    internal static DnssecAlgorithms None { get; } = new(FrozenDictionary<byte, IDnssecAlgorithm>.Empty);

    /// <summary>The algorithms ZoneLint verifies with .NET's own cryptography: 5, 7, 8, 10, 13 and 14.</summary>
    public static DnssecAlgorithms BuiltIn { get; } = None
        .With(new RsaAlgorithm(5, "RSASHA1", System.Security.Cryptography.HashAlgorithmName.SHA1))
        .With(new RsaAlgorithm(7, "RSASHA1-NSEC3-SHA1", System.Security.Cryptography.HashAlgorithmName.SHA1))
        .With(new RsaAlgorithm(8, "RSASHA256", System.Security.Cryptography.HashAlgorithmName.SHA256))
        .With(new RsaAlgorithm(10, "RSASHA512", System.Security.Cryptography.HashAlgorithmName.SHA512))
        .With(EcdsaAlgorithm.P256)
        .With(EcdsaAlgorithm.P384);

    /// <summary>The algorithms in the set, by number.</summary>
    public IEnumerable<IDnssecAlgorithm> Algorithms => byNumber.Values.OrderBy(a => a.Number);

    /// <summary>This set with <paramref name="algorithm"/> added, replacing any algorithm of the same number.</summary>
    public DnssecAlgorithms With(IDnssecAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        var copy = new Dictionary<byte, IDnssecAlgorithm>(byNumber) { [algorithm.Number] = algorithm };
        return new DnssecAlgorithms(copy.ToFrozenDictionary());
    }

    /// <summary>The algorithm with <paramref name="number"/>, when the set has one.</summary>
    public bool TryGet(byte number, [NotNullWhen(true)] out IDnssecAlgorithm? algorithm) => byNumber.TryGetValue(number, out algorithm);

    /// <summary>Whether the set has an algorithm with <paramref name="number"/>.</summary>
    public bool Contains(byte number) => byNumber.ContainsKey(number);
}
