namespace ZoneLint.Tests.Infrastructure;

/// <summary>
/// Public keys for DKIM tests, generated once with OpenSSL 3 (<c>openssl genpkey</c>, then <c>openssl pkey -pubout</c>) and
/// checked in so every run sees the same bytes. Only public halves: no test needs to sign.
/// </summary>
internal static class TestKeys
{
    /// <summary>A 512-bit RSA key, SubjectPublicKeyInfo.</summary>
    public const string Rsa512 = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBALwYjLFe7GZkCn5J834Q3tdcLgFC7B3eEZ2/pdCvnvaXVg0va4UwivEz0HdZIJ/v7gtj1B+rCfNYDgH+rEzuOOkCAwEAAQ==";

    /// <summary>A 1024-bit RSA key, SubjectPublicKeyInfo.</summary>
    public const string Rsa1024 = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDEqU5poLH5FpWkh1CVXL7zA6wqR8nAVI8b/IyFLOWU4Ai84jzzdda5ux8RnM/lZqJhz8PbVHY8o4IBm0VAxHhoxCv3V73+zl2TWweJ7oOj98UmSkTLISdxN5cdZX87SkV+RKrmq+MRzdb2mqTMLE8hfKLiqauDVAJD+2u/p1j13wIDAQAB";

    /// <summary>The same 1024-bit key as a bare RSAPublicKey (PKCS#1, <c>openssl rsa -RSAPublicKey_out</c>).</summary>
    public const string Rsa1024Pkcs1 = "MIGJAoGBAMSpTmmgsfkWlaSHUJVcvvMDrCpHycBUjxv8jIUs5ZTgCLziPPN11rm7HxGcz+VmomHPw9tUdjyjggGbRUDEeGjEK/dXvf7OXZNbB4nug6P3xSZKRMshJ3E3lx1lfztKRX5Equar4xHN1vaapMwsTyF8ouKpq4NUAkP7a7+nWPXfAgMBAAE=";

    /// <summary>A 2048-bit RSA key, SubjectPublicKeyInfo.</summary>
    public const string Rsa2048 = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0OxjN3RZDO8YsazsdO32Ew25YDl8ooZ5V4K6LUk8S3tMz+stZebnhaUqhT5/XgvIHS2LUJxVZJbktSGmKVfRbECXhGg1n8p6akrTK/bVqC7otCn7lPxE6p+EhELsOI88plLeYjtTQLNBjNU9pzbcqGpzKM/AX2i6jEmWelmkeSdbcKf7lcXkoYfEY8CljJszDvfgiuHJbjh3iJU4gx6lcbvHFUH3vv1v8vw4XjzDQ/C/a9Kb/CZ/e+RoDj3qP87tGtJoJHKPPvb164t526h05L+TaXlldOxvT0rhj8/Hz/gZf5uLyAqy9E4Wh0eopiUJBcvGvmcCEGHQirp5chNfHwIDAQAB";

    /// <summary>An Ed25519 key as RFC 8463 publishes it: the bare 32 octets.</summary>
    public const string Ed25519 = "cyw8TVSfjSjhfCMC7ff+miCX7foHDc1ASidgcDZSStU=";

    /// <summary>The same Ed25519 key wrapped in a SubjectPublicKeyInfo, which RFC 8463 does not use.</summary>
    public const string Ed25519Spki = "MCowBQYDK2VwAyEAcyw8TVSfjSjhfCMC7ff+miCX7foHDc1ASidgcDZSStU=";
}
