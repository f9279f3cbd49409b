using ZoneLint.Dnssec.BouncyCastle;
using ZoneLint.Engine;

namespace ZoneLint.Cli;

/// <summary>The linter the tool runs: every built-in rule, and Ed25519/Ed448 verification from ZoneLint.Dnssec.BouncyCastle.</summary>
internal static class CliLinter
{
    private static readonly Lazy<ZoneLinter> Linter = new(() => ZoneLinter.CreateBuilder().UseBuiltInRules().UseBouncyCastleDnssec().Build());

    public static ZoneLinter Instance => Linter.Value;
}
