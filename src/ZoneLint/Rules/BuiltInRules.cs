using ZoneLint.Engine;
using ZoneLint.Rules.Mail;

namespace ZoneLint.Rules;

/// <summary>The one place built-in rules are registered; a test proves every rule class in the assembly is listed.</summary>
internal static class BuiltInRules
{
    public static IEnumerable<ZoneRule> Create() =>
    [
        new ZL1001MxExchangeIsAlias(),
    ];
}
