package io.subcube.datasets.schema;

import static io.subcube.datasets.schema.ColumnDef.Source.COPY;
import static io.subcube.datasets.schema.ColumnDef.Source.DERIVED;
import static io.subcube.datasets.schema.ColumnDef.Source.RAW;
import static io.subcube.datasets.schema.ColumnType.BIGINT;
import static io.subcube.datasets.schema.ColumnType.BOOLEAN;
import static io.subcube.datasets.schema.ColumnType.DATE;
import static io.subcube.datasets.schema.ColumnType.DOUBLE;
import static io.subcube.datasets.schema.ColumnType.INTEGER;
import static io.subcube.datasets.schema.ColumnType.MONEY;
import static io.subcube.datasets.schema.ColumnType.MONEY_TOTAL;
import static io.subcube.datasets.schema.ColumnType.SCORE;
import static io.subcube.datasets.schema.ColumnType.SHARE;
import static io.subcube.datasets.schema.ColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables and columns of schema {@code subcube}, exactly as DOMAIN.md §B2 names and types them. */
public final class SubcubeSchema {

    public static final String NAME = "subcube";

    public static final TableDef SUBSCRIBER_MONTH = table("subscriber_month",
            "One row per subscriber per month on the network (§B2.1)", true, TableDef.Origin.GENERATED,
            List.of("month_id", "subscriber_id"))
            .col("month_id", INTEGER, RAW, "yyyymm")
            .col("subscriber_id", BIGINT, RAW, "-> subscriber")
            .col("province_id", INTEGER, COPY, "province of the home grid (= region)")
            .col("city_id", INTEGER, COPY, "city of the home grid (= region)")
            .col("county_id", INTEGER, COPY, "county of the home grid (= region)")
            .col("grid_id", INTEGER, RAW, "home grid this month")
            .col("brand", VARCHAR, COPY, "GOTONE, MZONE, SZX (= subscriber)")
            .col("cust_group", VARCHAR, COPY, "customer group of §B2.10 (= subscriber)")
            .col("plan_code", VARCHAR, RAW, "-> plan")
            .col("status", VARCHAR, RAW, "ACTIVE, SUSPENDED, CHURNED (left this month)")
            .col("tenure_months", INTEGER, RAW, "whole months since join at month end; 0 = joined this month")
            .col("arpu", MONEY, RAW, "billed revenue this month = rev_voice + rev_vas")
            .col("rev_voice", MONEY, RAW, "voice revenue")
            .col("rev_vas", MONEY, RAW, "all non-voice revenue (SMS, MMS, GPRS, VAS fees)")
            .col("arpu_avg3", MONEY, RAW, "mean arpu of the previous 3 months")
            .col("marketing_cost", MONEY, RAW, "discounts, subsidies, gifts booked this month")
            .col("return_rate_avg3", SCORE, RAW, "mean return_rate of the previous 3 months")
            .col("mou_total", INTEGER, RAW, "voice minutes in + out")
            .col("mou_avg3", INTEGER, RAW, "mean mou_total of the previous 3 months")
            .col("mou_ld_out", INTEGER, RAW, "domestic long-distance minutes out")
            .col("mou_ld_in", INTEGER, RAW, "domestic long-distance minutes in")
            .col("mou_roam", INTEGER, RAW, "roaming minutes")
            .col("mou_vpmn", INTEGER, RAW, "VPMN minutes")
            .col("mou_intl", INTEGER, RAW, "international minutes")
            .col("sms_mo_cnt", INTEGER, RAW, "SMS sent")
            .col("mms_mo_cnt", INTEGER, RAW, "MMS sent")
            .col("mms_mt_3m", INTEGER, RAW, "MMS received in the last 3 months incl. this one")
            .col("gprs_kb", BIGINT, RAW, "GPRS volume; 0 when not data_capable")
            .col("circle_size", INTEGER, RAW, "distinct contacts this month")
            .col("circle_size_avg3", INTEGER, RAW, "mean circle_size of the previous 3 months")
            .col("onnet_share", SHARE, RAW, "share of contacts on our network")
            .col("competitor_share", SHARE, RAW, "share of minutes with competitor numbers")
            .col("vas_active_cnt", INTEGER, RAW, "services with usage_cnt > 0 this month")
            .col("sticky_svc_cnt", INTEGER, RAW, "sticky services with usage_cnt > 0 this month")
            .col("vas_months_ever", INTEGER, RAW, "months ever with any VAS use")
            .col("vas_streak_months", INTEGER, RAW, "consecutive months up to this one with vas_active_cnt > 0")
            .col("vpmn_flag", BOOLEAN, RAW, "VPMN or family-network member")
            .col("bundle_months_left", INTEGER, RAW, "months left on a class-0/1 bundle, 0 = none")
            .col("data_capable", BOOLEAN, RAW, "handset supports WAP/GPRS/MMS")
            .col("return_rate", SCORE, DERIVED, "RETURN_RATE(arpu, marketing_cost)")
            .col("influence_score", SCORE, DERIVED, "INFLUENCE_SCORE")
            .col("value_score", SCORE, DERIVED, "CVS")
            .col("value_tier", VARCHAR, DERIVED, "VALUE_TIER per city_id x month_id: H, MH, M, L")
            .col("stick_score", SCORE, DERIVED, "STICK_SCORE")
            .col("stick_tier", VARCHAR, DERIVED, "STICK_TIER: HIGH, MID, NONE")
            .col("churn_score", SCORE, DERIVED, "CHURN_SCORE")
            .col("churn_flag", BOOLEAN, DERIVED, "CHURN_FLAG")
            .col("esc_stage", VARCHAR, DERIVED, "ESC_STAGE: HANDSET, POTENTIAL, TRIAL, REGULAR, HEAVY")
            .col("cluster_class", VARCHAR, DERIVED, "CLUSTER_CLASS (7 codes)")
            .col("cluster_group", VARCHAR, DERIVED, "CLUSTER_GROUP (16 codes)")
            .col("need", VARCHAR, DERIVED, "NEED: MINTERNET, MNEWS, CRBT, TRAFFIC, NONE")
            .col("matrix_cell", INTEGER, DERIVED, "MATRIX_CELL 1-24")
            .col("matrix_key", VARCHAR, DERIVED, "MATRIX_KEY, e.g. MH.HIGH.S.TRAFFIC")
            .col("mkt_priority", INTEGER, DERIVED, "MKT_PRIORITY 1-5")
            .col("program_order", VARCHAR, DERIVED, "PROGRAM_ORDER, e.g. RETAIN>TRAFFIC>NEWSVC")
            .col("policy_group", INTEGER, DERIVED, "POLICY_GROUP 1-9")
            .col("best_channel", VARCHAR, DERIVED, "best channel_code from channel_fit")
            .build();

    public static final TableDef SUBSCRIBER = table("subscriber",
            "Static subscriber attributes; brand fixed for life (§B2.2)", false, TableDef.Origin.GENERATED,
            List.of("subscriber_id"))
            .col("subscriber_id", BIGINT, RAW, "1..N initial base, then joiners in join order")
            .col("msisdn", VARCHAR, RAW, "masked number, e.g. 135****6606")
            .col("join_date", DATE, RAW, "consistent with tenure_months")
            .col("gender", VARCHAR, RAW, "M or F")
            .col("birth_year", INTEGER, RAW, "age = year(month) - birth_year")
            .col("brand", VARCHAR, RAW, "GOTONE, MZONE, SZX")
            .col("cust_group", VARCHAR, RAW, "customer group of §B2.10")
            .col("group_member", BOOLEAN, RAW, "corporate group member")
            .col("join_channel", VARCHAR, RAW, "-> channel")
            .col("join_near_campus", BOOLEAN, RAW, "joined at a channel next to a campus")
            .build();

    public static final TableDef LOCATION_MONTH = table("location_month",
            "Where a subscriber is in work and rest hours, and the hotspot segments (§B2.3)", true,
            TableDef.Origin.GENERATED, List.of("month_id", "subscriber_id"))
            .col("month_id", INTEGER, RAW, "yyyymm")
            .col("subscriber_id", BIGINT, RAW, "-> subscriber")
            .nullableCol("work_grid_id", INTEGER, RAW, "grid with most calls in work hours; NULL if none")
            .nullableCol("rest_grid_id", INTEGER, RAW, "grid with most calls in rest hours; NULL if none")
            .col("rest_days", INTEGER, RAW, "days the rest-hour location was rest_grid_id")
            .col("roam_out_days", INTEGER, RAW, "days roaming outside the home city")
            .col("roam_scope", VARCHAR, RAW, "NONE, INTRA (in province), INTER (other province)")
            .col("rural_contact_share", SHARE, RAW, "share of contacts living in rural grids of the home city")
            .col("campus_call_share", SHARE, RAW, "share of call records in campus/school cells")
            .col("campus_peers_10plus", INTEGER, RAW, "campus peers with >= 10 calls+SMS last month")
            .nullableCol("rural_segment", VARCHAR, DERIVED, "RURAL_SEGMENT")
            .nullableCol("migrant_type", VARCHAR, DERIVED, "MIGRANT_TYPE: INTRA_PROV, INTER_PROV or NULL")
            .nullableCol("family_flag", BOOLEAN, DERIVED, "FAMILY_FLAG; NULL without a rest grid")
            .nullableCol("school_type", VARCHAR, DERIVED, "SCHOOL_TYPE: STUDENT, NEW_STUDENT or NULL")
            .nullableCol("mms_segment", INTEGER, DERIVED, "MMS_SEGMENT 1-5 or NULL")
            .build();

    public static final TableDef REGION = table("region",
            "Province -> city -> county -> grid (§B2.4)", false, TableDef.Origin.GENERATED, List.of("region_id"))
            .col("region_id", INTEGER, RAW, "province 1; city 100+c; county city_id*100+k; grid county_id*100+g")
            .col("region_code", VARCHAR, RAW, "JS, JS-NJ, JS-NJ-03, JS-NJ-03-17")
            .col("region_name", VARCHAR, RAW, "real city names, synthetic county and grid names")
            .col("region_level", VARCHAR, RAW, "PROVINCE, CITY, COUNTY, GRID")
            .nullableCol("parent_id", INTEGER, RAW, "parent region; NULL for the province")
            .col("province_id", INTEGER, RAW, "province of this region")
            .nullableCol("city_id", INTEGER, RAW, "city of this region; NULL above city level")
            .nullableCol("county_id", INTEGER, RAW, "county of this region; NULL above county level")
            .nullableCol("market_type", VARCHAR, RAW, "grids: URBAN, RESIDENTIAL, CBD, CAMPUS, SCHOOL, TRANSPORT, RURAL")
            .nullableCol("population", INTEGER, RAW, "RURAL grids")
            .nullableCol("agri_population", INTEGER, RAW, "RURAL grids")
            .nullableCol("migrant_out_population", INTEGER, RAW, "RURAL grids")
            .nullableCol("households", INTEGER, RAW, "RURAL grids")
            .nullableCol("per_capita_income", MONEY, RAW, "RURAL grids")
            .nullableCol("pillar_industry", VARCHAR, RAW, "RURAL grids, e.g. RICE, PIGS, TEA, FISHERY")
            .nullableCol("own_channels", INTEGER, RAW, "grids: own channel count")
            .nullableCol("competitor_channels", INTEGER, RAW, "grids: competitor channel count")
            .nullableCol("phone_penetration", SHARE, RAW, "RURAL grids")
            .build();

    public static final TableDef PLAN = table("plan", "Tariff plans within brand (§B2.5)", false,
            TableDef.Origin.GENERATED, List.of("plan_code"))
            .col("plan_code", VARCHAR, RAW, "plan code")
            .col("brand", VARCHAR, RAW, "GOTONE, MZONE, SZX")
            .col("plan_name", VARCHAR, RAW, "plan name")
            .col("monthly_fee", MONEY, RAW, "monthly fee")
            .col("ld_price_per_min", ColumnType.decimal(6, 4), RAW, "long-distance price per minute")
            .col("low_price_pkg", BOOLEAN, RAW, "low-price package")
            .build();

    public static final TableDef SERVICE = table("service", "Value-added service catalogue (§B2.6)", false,
            TableDef.Origin.GENERATED, List.of("service_code"))
            .col("service_code", VARCHAR, RAW, "MMS, CRBT, MNEWS, MINTERNET, FETION, MAIL139, PIM, NONGXIN, XXT, PLAY")
            .col("name_zh", VARCHAR, RAW, "Chinese name")
            .col("name_en", VARCHAR, RAW, "English name")
            .col("product_class", VARCHAR, RAW, "MESSAGING, MUSIC, INFO, DATA, COMMUNITY")
            .col("usage_unit", VARCHAR, RAW, "unit of vas_usage.usage_cnt")
            .col("requires_data", BOOLEAN, RAW, "needs a data-capable handset")
            .col("sticky", BOOLEAN, RAW, "a retention (sticky) service")
            .col("monthly_fee", MONEY, RAW, "monthly function fee")
            .col("loyal_min_usage", BIGINT, RAW, "minimum monthly usage of a LOYAL user")
            .col("lifecycle", VARCHAR, RAW, "MATURE or GROWTH")
            .build();

    public static final TableDef VAS_USAGE = table("vas_usage",
            "Subscriber x service x month, a row iff subscribed or ever used (§B2.7)", true,
            TableDef.Origin.GENERATED, List.of("month_id", "subscriber_id", "service_code"))
            .col("month_id", INTEGER, RAW, "yyyymm")
            .col("subscriber_id", BIGINT, RAW, "-> subscriber")
            .col("service_code", VARCHAR, RAW, "-> service")
            .col("subscribed", BOOLEAN, RAW, "holds an order relation or package this month")
            .col("usage_cnt", BIGINT, RAW, "usage in service.usage_unit; MMS = subscriber_month.mms_mo_cnt")
            .col("revenue", MONEY, RAW, "function + information fees")
            .nullableCol("first_use_month", INTEGER, RAW, "first month with usage_cnt > 0; NULL = never used")
            .col("streak_months", INTEGER, RAW, "consecutive months up to this one with usage_cnt > 0")
            .col("user_class", VARCHAR, DERIVED, "VAS_USER_CLASS: POTENTIAL, TRIAL, SILENT, ACTIVE, LOYAL")
            .build();

    public static final TableDef SERVICE_MONTH = table("service_month",
            "Reported service figures per province and city (§B2.8)", true, TableDef.Origin.GENERATED,
            List.of("month_id", "region_id", "service_code"))
            .col("month_id", INTEGER, RAW, "yyyymm")
            .col("region_id", INTEGER, RAW, "province or city")
            .col("service_code", VARCHAR, RAW, "-> service")
            .col("revenue_ytd", MONEY_TOTAL, RAW, "revenue year to date")
            .col("revenue_plan_ytd", MONEY_TOTAL, RAW, "planned revenue year to date")
            .col("service_revenue", MONEY_TOTAL, RAW, "service revenue this month")
            .col("pkg_overcharge_rev", MONEY_TOTAL, RAW, "package revenue above usage")
            .col("using_users", BIGINT, RAW, "users of the service")
            .col("paying_base", BIGINT, RAW, "paying subscriber base")
            .col("paying_users", BIGINT, RAW, "paying users of the service")
            .col("usage_volume", BIGINT, RAW, "usage volume")
            .col("complaints", BIGINT, RAW, "complaints")
            .col("avg_paying_users_ytd", DOUBLE, RAW, "average paying users year to date")
            .col("growth_contrib", DOUBLE, RAW, "growth contribution")
            .col("cagr3", DOUBLE, RAW, "3-year compound growth")
            .col("satisfaction", SCORE, RAW, "satisfaction score")
            .build();

    public static final TableDef SERVICE_INDICATOR = table("service_indicator",
            "Nine scored health indicators per region x service x month (§B2.9)", true, TableDef.Origin.DERIVED,
            List.of("month_id", "region_id", "service_code", "indicator_code"))
            .col("month_id", INTEGER, DERIVED, "yyyymm")
            .col("region_id", INTEGER, DERIVED, "province or city")
            .col("service_code", VARCHAR, DERIVED, "-> service")
            .col("indicator_code", VARCHAR, DERIVED, "indicator of §B3.24")
            .col("dimension", VARCHAR, DERIVED, "SCALE or HEALTH")
            .nullableCol("ind_value", DOUBLE, DERIVED, "indicator value (§B3.24 formula)")
            .nullableCol("best_value", DOUBLE, DERIVED, "max ind_value over the province's cities")
            .col("full_marks", SCORE, DERIVED, "full marks")
            .nullableCol("score", DOUBLE, DERIVED, "VAS_IND_SCORE, unrounded")
            .build();

    public static final TableDef CHANNEL = table("channel", "Contact channels (§B2.10)", false,
            TableDef.Origin.GENERATED, List.of("channel_code"))
            .col("channel_code", VARCHAR, RAW, "channel code")
            .col("name_zh", VARCHAR, RAW, "Chinese name")
            .col("name_en", VARCHAR, RAW, "English name")
            .col("channel_kind", VARCHAR, RAW, "PHYSICAL, VOICE, ELECTRONIC")
            .col("can_promote", BOOLEAN, RAW, "can promote")
            .col("can_experience", BOOLEAN, RAW, "can offer experience")
            .col("can_sell", BOOLEAN, RAW, "can sell")
            .build();

    public static final TableDef CHANNEL_FIT = table("channel_fit",
            "Customer-product-channel fit, 400 rows (§B2.10)", false, TableDef.Origin.GENERATED,
            List.of("cust_group", "channel_code", "product_class"))
            .col("cust_group", VARCHAR, RAW, "customer group")
            .col("channel_code", VARCHAR, RAW, "-> channel")
            .col("product_class", VARCHAR, RAW, "product class")
            .col("cp_score", ColumnType.decimal(3, 2), RAW, "customer-channel score in [1,5]")
            .col("cc_score", ColumnType.decimal(3, 2), RAW, "customer-product score in [1,5]")
            .col("pc_score", ColumnType.decimal(3, 2), RAW, "product-channel score in [1,5]")
            .col("fit_score", SCORE, DERIVED, "CHANNEL_FIT(cp, cc, pc)")
            .build();

    public static final TableDef POLICY_CATALOG = table("policy_catalog", "Policy groups (§B2.11)", false,
            TableDef.Origin.GENERATED, List.of("policy_group"))
            .col("policy_group", INTEGER, RAW, "1-9")
            .col("arpu_min", MONEY, RAW, "lower arpu bound, inclusive")
            .nullableCol("arpu_max", MONEY, RAW, "upper arpu bound, exclusive; NULL = open")
            .col("tenure_band", VARCHAR, RAW, "LE12, GT12, ANY")
            .col("min_return_rate", SCORE, RAW, "return rate bound, exclusive")
            .col("flagship_policy", VARCHAR, RAW, "flagship policy")
            .col("prepay_amount", MONEY, RAW, "prepayment")
            .col("bonus_amount", MONEY, RAW, "bonus")
            .build();

    public static final TableDef KPI_TREE = table("kpi_tree", "KPI logic tree, one row per KPI (§B2.12, §B5.2)",
            false, TableDef.Origin.GENERATED, List.of("kpi_code"))
            .col("kpi_code", VARCHAR, RAW, "KPI code")
            .nullableCol("parent_code", VARCHAR, RAW, "parent KPI; NULL = root")
            .col("kpi_name_zh", VARCHAR, RAW, "Chinese name")
            .col("kpi_name_en", VARCHAR, RAW, "English name")
            .col("formula_kind", VARCHAR, RAW, "SUM, PRODUCT, DRIVERS, LEAF")
            .col("sign", INTEGER, RAW, "+1 or -1 under a SUM parent")
            .col("weight", SHARE, RAW, "root-cause weight under a DRIVERS parent")
            .col("direction", VARCHAR, RAW, "UP or DOWN")
            .col("unit", VARCHAR, RAW, "CNY, SUBS, RATIO, MIN, PRICE, INDEX, COUNT")
            .col("rollup", VARCHAR, RAW, "SUM, RATIO, NONE")
            .nullableCol("root_cause", VARCHAR, RAW, "root-cause class of §B5.3")
            .col("source", VARCHAR, RAW, "FACT or SYNTH")
            .col("min_level", VARCHAR, RAW, "GRID or CITY")
            .build();

    public static final TableDef KPI_MONTH = table("kpi_month", "KPI actuals and targets per region (§B2.13)", true,
            TableDef.Origin.DERIVED, List.of("month_id", "region_id", "kpi_code"))
            .col("month_id", INTEGER, DERIVED, "yyyymm")
            .col("region_id", INTEGER, DERIVED, "-> region")
            .col("region_level", VARCHAR, DERIVED, "PROVINCE, CITY, COUNTY, GRID")
            .col("kpi_code", VARCHAR, DERIVED, "-> kpi_tree")
            .nullableCol("actual", ColumnType.decimal(18, 4), DERIVED, "actual")
            .nullableCol("target", ColumnType.decimal(18, 4), DERIVED, "target")
            .nullableCol("num", ColumnType.decimal(18, 4), DERIVED, "numerator of a RATIO KPI")
            .nullableCol("den", ColumnType.decimal(18, 4), DERIVED, "denominator of a RATIO KPI")
            .nullableCol("prev_actual", ColumnType.decimal(18, 4), DERIVED, "actual of the previous month")
            .nullableCol("attainment", DOUBLE, DERIVED, "actual / target")
            .nullableCol("mom_ratio", DOUBLE, DERIVED, "actual / prev_actual")
            .build();

    public static final TableDef ALERT_RULE = table("alert_rule", "KPI alert rules (§B2.14)", false,
            TableDef.Origin.GENERATED, List.of("rule_id"))
            .col("rule_id", INTEGER, RAW, "rule id")
            .col("kpi_code", VARCHAR, RAW, "-> kpi_tree")
            .col("region_level", VARCHAR, RAW, "level the rule watches")
            .nullableCol("owner_city_id", INTEGER, RAW, "NULL = whole province")
            .col("rule_kind", VARCHAR, RAW, "MIN, MAX, TARGET, MOM")
            .col("threshold", ColumnType.decimal(9, 4), RAW, "threshold")
            .col("complete_days", INTEGER, RAW, "days to report")
            .col("track_days", INTEGER, RAW, "days to track")
            .col("message_template", VARCHAR, RAW, "message template")
            .col("enabled", BOOLEAN, RAW, "enabled")
            .build();

    public static final TableDef ALERT = table("alert", "Alerts raised by the enabled rules (§B2.14, §B5.1)", true,
            TableDef.Origin.DERIVED, List.of("alert_id"))
            .col("alert_id", BIGINT, DERIVED, "derived from rule, region and month")
            .col("rule_id", INTEGER, DERIVED, "-> alert_rule")
            .col("month_id", INTEGER, DERIVED, "yyyymm")
            .col("region_id", INTEGER, DERIVED, "-> region")
            .col("kpi_code", VARCHAR, DERIVED, "-> kpi_tree")
            .nullableCol("actual", ColumnType.decimal(18, 4), DERIVED, "actual")
            .nullableCol("reference", ColumnType.decimal(18, 4), DERIVED, "target or previous month")
            .col("threshold", ColumnType.decimal(9, 4), DERIVED, "threshold")
            .col("message", VARCHAR, DERIVED, "message from the rule's template")
            .col("status", VARCHAR, DERIVED, "RAISED, REPORTED, RETURNED, IN_REVIEW, CLOSED, TRACKING, HISTORY")
            .col("due_date", DATE, DERIVED, "month end + complete_days")
            .nullableCol("cause_code", VARCHAR, DERIVED, "root-cause class; NULL until reported")
            .build();

    private static final Map<String, TableDef> TABLES = new LinkedHashMap<>();

    static {
        for (TableDef t : List.of(SUBSCRIBER_MONTH, SUBSCRIBER, LOCATION_MONTH, REGION, PLAN, SERVICE, VAS_USAGE,
                SERVICE_MONTH, SERVICE_INDICATOR, CHANNEL, CHANNEL_FIT, POLICY_CATALOG, KPI_TREE, KPI_MONTH,
                ALERT_RULE, ALERT)) {
            TABLES.put(t.name(), t);
        }
    }

    private SubcubeSchema() {
    }

    /** Every table of §B2, in the order DOMAIN.md lists them. */
    public static List<TableDef> tables() {
        return List.copyOf(TABLES.values());
    }

    /** Tables the generator produces and files carry. */
    public static List<TableDef> generatedTables() {
        List<TableDef> out = new ArrayList<>();
        for (TableDef t : TABLES.values()) {
            if (t.origin() == TableDef.Origin.GENERATED) {
                out.add(t);
            }
        }
        return out;
    }

    /** The table of that name; throws naming it when there is none. */
    public static TableDef table(String name) {
        TableDef t = TABLES.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name + " in schema " + NAME);
        }
        return t;
    }

    private static Builder table(String name, String doc, boolean monthly, TableDef.Origin origin, List<String> key) {
        return new Builder(name, doc, monthly, origin, key);
    }

    /** Collects the columns of one table definition. */
    private static final class Builder {
        private final String name;
        private final String doc;
        private final boolean monthly;
        private final TableDef.Origin origin;
        private final List<String> key;
        private final List<ColumnDef> columns = new ArrayList<>();

        Builder(String name, String doc, boolean monthly, TableDef.Origin origin, List<String> key) {
            this.name = name;
            this.doc = doc;
            this.monthly = monthly;
            this.origin = origin;
            this.key = key;
        }

        Builder col(String column, ColumnType type, ColumnDef.Source source, String doc) {
            columns.add(new ColumnDef(column, type, false, source, doc));
            return this;
        }

        Builder nullableCol(String column, ColumnType type, ColumnDef.Source source, String doc) {
            columns.add(new ColumnDef(column, type, true, source, doc));
            return this;
        }

        TableDef build() {
            return new TableDef(name, doc, monthly, origin, columns, key);
        }
    }
}
