namespace ZoneLint.Dnssec;

/// <summary>
/// A DNSSEC signature algorithm (IANA "DNS Security Algorithm Numbers", RFC 4034 Appendix A.1): reads the public key
/// field of a DNSKEY record and checks signatures made with it. ZoneLint ships RSA (5, 7, 8, 10) and ECDSA (13, 14)
/// on .NET's own cryptography; register others (Ed25519 and Ed448 in <c>ZoneLint.Dnssec.BouncyCastle</c>, say) with
/// <see cref="Engine.ZoneLinterBuilder.UseDnssecAlgorithm"/>.
/// </summary>
/// <remarks>
/// An implementation is shared by every lint and called from several threads at once: keep no mutable state in it.
/// The verifiers it creates are used by one thread at a time.
/// </remarks>
public interface IDnssecAlgorithm
{
    /// <summary>The algorithm number, as DNSKEY, RRSIG and DS records carry it.</summary>
    byte Number { get; }

    /// <summary>The mnemonic, such as <c>ECDSAP256SHA256</c>, for messages.</summary>
    string Name { get; }

    /// <summary>
    /// Reads a DNSKEY public key field (the key in this algorithm's DNSSEC format, such as RFC 3110 for RSA).
    /// Returns a verifier, or <see langword="null"/> with a reason in <paramref name="error"/> when the octets are not a
    /// key of this algorithm.
    /// </summary>
    IDnssecVerifier? CreateVerifier(ReadOnlySpan<byte> publicKey, out string? error);
}

/// <summary>
/// Checks signatures made with one public key. The linter creates one per key per worker thread, uses it from that
/// thread only, and disposes it when the lint is done.
/// </summary>
public interface IDnssecVerifier : IDisposable
{
    /// <summary>
    /// Whether <paramref name="signature"/> (the RRSIG signature field) is a valid signature of <paramref name="data"/>
    /// (the signed data of RFC 4034 §3.1.8.1) under this key.
    /// </summary>
    bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature);
}
