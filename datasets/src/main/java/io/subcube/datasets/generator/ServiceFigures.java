package io.subcube.datasets.generator;

/**
 * One service_month row's figures as stored (DOMAIN.md §B2.8): money in cents, satisfaction in hundredths.
 *
 * @param revenueYtd        revenue_ytd, cents
 * @param revenuePlanYtd    revenue_plan_ytd, cents
 * @param serviceRevenue    service_revenue (this month), cents
 * @param pkgOverchargeRev  pkg_overcharge_rev, cents
 * @param usingUsers        using_users
 * @param payingBase        paying_base
 * @param payingUsers       paying_users
 * @param usageVolume       usage_volume
 * @param complaints        complaints
 * @param satisfaction      satisfaction, hundredths of a point
 * @param avgPayingUsersYtd avg_paying_users_ytd
 * @param growthContrib     growth_contrib
 * @param cagr3             cagr3
 */
record ServiceFigures(long revenueYtd, long revenuePlanYtd, long serviceRevenue, long pkgOverchargeRev,
                      long usingUsers, long payingBase, long payingUsers, long usageVolume, long complaints,
                      long satisfaction, double avgPayingUsersYtd, double growthContrib, double cagr3) {
}
