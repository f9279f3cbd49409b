using System.Collections.Immutable;
using ZoneLint.Engine;
using ZoneLint.Model;
using ZoneLint.Rules.Alias;
using ZoneLint.Rules.Delegation;
using ZoneLint.Rules.Dkim;
using ZoneLint.Rules.Dmarc;
using ZoneLint.Rules.Dnssec;
using ZoneLint.Rules.Mail;
using ZoneLint.Rules.Records;
using ZoneLint.Rules.Soa;
using ZoneLint.Rules.Spf;

namespace ZoneLint.Rules;

/// <summary>The one place built-in rules are registered; a test proves every rule class in the assembly is listed.</summary>
internal static class BuiltInRules
{
    /// <summary>
    /// The per-zone data that several built-in rules share (<see cref="Zone.GetShared{T}"/>), heaviest first, each
    /// with whether a rule reads it.
    /// </summary>
    /// <remarks>
    /// PERF: the first rule to ask works the data out while a rule on another thread that asks for it waits. On the
    /// 1M-record zone the two lint threads spent about 230 ms of their 2.2 s waiting so, for the SPF and DMARC parses
    /// and the alias graph (perf, by thread over time); the linter now works them out before the rules, one per thread.
    /// Which rule reads what only decides whether the work is worth starting early: a rule asks for its data itself.
    /// </remarks>
    public static IReadOnlyList<(Func<DiagnosticDescriptor, bool> IsReadBy, Action<Zone, CancellationToken> WorkOut)> SharedData { get; } =
    [
        (static d => d.Id is "ZL4003" or "ZL4004", static (zone, cancellationToken) => CnameGraph.Build(zone, cancellationToken)),
        (static d => d.Category is RuleCategories.Spf, static (zone, _) => SpfRecords.InZone(zone)),
        (static d => d.Category is RuleCategories.Dmarc, static (zone, _) => DmarcRecords.InZone(zone)),
        (static d => d.Category is RuleCategories.Dkim, static (zone, _) => DkimKeys.InZone(zone)),
    ];

    /// <summary>The built-in rules that take longest on a large zone, longest first: the linter starts them before the others.</summary>
    /// <remarks>
    /// PERF: the lint hands rules to its threads one at a time. Started in the order of their IDs, the longest came last,
    /// and on the 1M-record zone one thread ran ZL7010 alone for 40-50 ms at the end while the other had nothing left
    /// (perf, samples by thread over time). Measured with `phases` on that zone: ZL7002 92 ms, ZL7010 74, ZL7004 56,
    /// ZL3005 42, ZL5004 38, ZL7008 31; the other rules 8-26 ms. The findings are sorted afterwards, so the order the
    /// rules run in changes nothing else.
    /// </remarks>
    public static ImmutableArray<string> LongestFirst { get; } = ["ZL7002", "ZL7010", "ZL7004", "ZL3005", "ZL5004", "ZL7008"];

    public static IEnumerable<ZoneRule> Create() =>
    [
        new ZL1001MxExchangeIsAlias(),
        new ZL1002MxExchangeHasNoAddress(),
        new ZL1003MxExchangeIsAddress(),
        new ZL1004NullMxWithOtherMx(),
        new ZL1005NullMxPreferenceNotZero(),
        new ZL1006NullMxWithoutSpfReject(),
        new ZL1007MxExchangeIsNotHostName(),
        new ZL1008MxExchangeListedTwice(),
        new ZL1009ImplicitMx(),
        new ZL2001MultipleSpfRecords(),
        new ZL2002SpfSyntax(),
        new ZL2003SpfTooManyLookups(),
        new ZL2004SpfAllowsAnySender(),
        new ZL2005SpfPtrMechanism(),
        new ZL2006SpfRecordType(),
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
        new ZL4001CnameAndOtherData(),
        new ZL4002MultipleCnames(),
        new ZL4003CnameChain(),
        new ZL4004CnameLoop(),
        new ZL4005CnameAtApex(),
        new ZL4006CnameTargetMissing(),
        new ZL4007NsTargetIsAlias(),
        new ZL4008SrvTargetIsAlias(),
        new ZL4009SrvTargetHasNoAddress(),
        new ZL4010DataBelowDname(),
        new ZL4011TargetBelowDname(),
        new ZL5001NoApexNameServers(),
        new ZL5002TooFewNameServers(),
        new ZL5003MissingGlue(),
        new ZL5004OccludedData(),
        new ZL5005NameServerIsAddress(),
        new ZL5006MisplacedDs(),
        new ZL5007NoNameServerForAddressFamily(),
        new ZL6001SoaPresence(),
        new ZL6002SoaTimerRanges(),
        new ZL6003SoaTimersInconsistent(),
        new ZL6004SoaMailboxWithAt(),
        new ZL6005SoaPrimaryNotListed(),
        new ZL6101RRsetTtlMismatch(),
        new ZL6102TtlOutOfRange(),
        new ZL7001DuplicateRecord(),
        new ZL7002InvalidHostName(),
        new ZL7003ObsoleteType(),
        new ZL7004CaaSyntax(),
        new ZL7005NonTerminalWildcard(),
        new ZL7006ServiceBindingConsistency(),
        new ZL7007SpecialPurposeAddress(),
        new ZL7008TargetIsNotHostName(),
        new ZL7009ZonemdInconsistent(),
        new ZL7010RRsetTooLarge(),
        new ZL7011BindRecordLimits(),
        new ZL8001RrsigExpired(),
        new ZL8002RrsigNotYetValid(),
        new ZL8003RrsigExpiresSoon(),
        new ZL8004DeprecatedAlgorithm(),
        new ZL8005DeprecatedDigestType(),
        new ZL8006Nsec3Iterations(),
        new ZL8007Nsec3ParametersUnusable(),
        new ZL8008Nsec3OwnerNotHashed(),
        new ZL8101UnsignedRRset(),
        new ZL8102SignatureDoesNotVerify(),
        new ZL8103SignatureNotChecked(),
        new ZL8104SignatureTtlMismatch(),
        new ZL8105MisplacedSignature(),
        new ZL8110MissingDnskey(),
        new ZL8111InvalidDnskey(),
        new ZL8112KeyTagCollision(),
        new ZL8113NoSecureEntryPoint(),
        new ZL8120UnknownDnssecAlgorithm(),
        new ZL8121CdsMatchesNoKey(),
        new ZL8122CdsCdnskeyMismatch(),
        new ZL8123MalformedDeleteRequest(),
        new ZL8130NameMissingFromNsecChain(),
        new ZL8131NsecChainBroken(),
        new ZL8132NsecBitmapWrong(),
        new ZL8140Nsec3ParametersInconsistent(),
        new ZL8141NameMissingFromNsec3Chain(),
        new ZL8142Nsec3ChainBroken(),
        new ZL8143Nsec3BitmapWrong(),
        new ZL8150ZonemdMismatch(),
    ];
}
