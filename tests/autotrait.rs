//! Every public type is `Send + Sync`, so reports can be shared across
//! threads.

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    use workreport::*;
    assert_send_sync::<Achievement>();
    assert_send_sync::<Basis>();
    assert_send_sync::<Change>();
    assert_send_sync::<ChangeMode>();
    assert_send_sync::<CompoundUnit>();
    assert_send_sync::<Converted>();
    assert_send_sync::<Counted>();
    assert_send_sync::<Currency>();
    assert_send_sync::<Dimension>();
    assert_send_sync::<Direction>();
    assert_send_sync::<Error>();
    assert_send_sync::<Extreme>();
    assert_send_sync::<FiscalLabel>();
    assert_send_sync::<FiscalStart>();
    assert_send_sync::<Id>();
    assert_send_sync::<Improves>();
    assert_send_sync::<Interval>();
    assert_send_sync::<Language>();
    assert_send_sync::<Magnitude>();
    assert_send_sync::<Measure>();
    assert_send_sync::<MeasureKind>();
    assert_send_sync::<MeasureStatus>();
    assert_send_sync::<Metric>();
    assert_send_sync::<MetricKey>();
    assert_send_sync::<Noun>();
    assert_send_sync::<Period>();
    assert_send_sync::<PeriodContext>();
    assert_send_sync::<PeriodKind>();
    assert_send_sync::<PriceBasis>();
    assert_send_sync::<Qualifier>();
    assert_send_sync::<Quantity>();
    assert_send_sync::<Rank>();
    assert_send_sync::<Record>();
    assert_send_sync::<RegionCode>();
    assert_send_sync::<Report>();
    assert_send_sync::<Scope>();
    assert_send_sync::<Section>();
    assert_send_sync::<Source>();
    assert_send_sync::<Statistic>();
    assert_send_sync::<StatisticKind>();
    assert_send_sync::<StatisticRow>();
    assert_send_sync::<Target>();
    assert_send_sync::<Tolerance>();
    assert_send_sync::<Unit>();
    assert_send_sync::<workreport::compare::Comparison>();
    assert_send_sync::<workreport::compare::Difference>();
    assert_send_sync::<workreport::compare::Diff>();
    assert_send_sync::<workreport::compare::Differ>();
    assert_send_sync::<workreport::compare::Entry>();
    assert_send_sync::<workreport::compare::Matched>();
    assert_send_sync::<workreport::compare::Reason>();
    assert_send_sync::<workreport::compare::Score>();
    assert_send_sync::<workreport::compare::Scored>();
    assert_send_sync::<workreport::compare::Verdict>();
    assert_send_sync::<workreport::align::Original>();
    assert_send_sync::<workreport::align::OriginalFigure>();
    assert_send_sync::<workreport::align::Pair>();
    assert_send_sync::<workreport::align::Alignment>();
    assert_send_sync::<workreport::align::Verdict>();
    assert_send_sync::<workreport::Correction>();
    assert_send_sync::<workreport::Evidence>();
    assert_send_sync::<workreport::Damage>();
    assert_send_sync::<workreport::text::Lang>();
    assert_send_sync::<workreport::text::Reading>();
    assert_send_sync::<workreport::validate::Finding>();
    assert_send_sync::<workreport::validate::Findings>();
    assert_send_sync::<workreport::validate::Rule>();
    assert_send_sync::<workreport::validate::Severity>();
    assert_send_sync::<workreport::validate::Validator>();
}
