using ZoneLint.Model;

namespace ZoneLint.Tests.Dnssec;

/// <summary>The hashed owners of the standard NSEC3 zone (salt AB CD, 1 iteration), computed by the test signer.</summary>
internal static class Nsec3Testing
{
    private static readonly TestSigner Hasher = new() { Nsec3Salt = [0xAB, 0xCD], Nsec3Iterations = 1 };

    /// <summary>The hashed owner name of <paramref name="name"/>: <c>HASH.example.com.</c>.</summary>
    public static string HashedOwner(string name) => TestSigner.Base32Hex(Hasher.Nsec3Hash(DomainName.Parse(name))) + ".example.com.";
}
