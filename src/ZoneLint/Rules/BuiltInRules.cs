using ZoneLint.Engine;
using ZoneLint.Rules.Dkim;
using ZoneLint.Rules.Dmarc;
using ZoneLint.Rules.Mail;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules;

/// <summary>The one place built-in rules are registered; a test proves every rule class in the assembly is listed.</summary>
internal static class BuiltInRules
{
    public static IEnumerable<ZoneRule> Create() =>
    [
        new ZL1001MxExchangeIsAlias(),
        new ZL2002SpfSyntax(),
        new ZL2003SpfTooManyLookups(),
        new ZL2004SpfAllowsAnySender(),
        new ZL2005SpfPtrMechanism(),
        new ZL2007SpfRedirectWithAll(),
        new ZL2008SpfNoDefault(),
        new ZL2009SpfTooLong(),
        new ZL2010SpfVoidLookup(),
        new ZL2011SpfIncludeTargetMissing(),
        new ZL2012SpfIncludeLoop(),
        new ZL3001DmarcSyntax(),
        new ZL3002DmarcMultipleRecords(),
        new ZL3003DmarcPolicyNone(),
        new ZL3004DmarcPlacement(),
        new ZL3005DmarcReportAuthorization(),
        new ZL3101DkimKeySyntax(),
        new ZL3102DkimWeakRsaKey(),
        new ZL3103DkimTestingMode(),
        new ZL3104DkimRevokedKey(),
    ];
}
